import type { AvailabilityProblem } from '../availability';

/** One thing wrong with an input, naming its path; the same shape availability uses, so the API maps both alike. */
export type BookingProblem = AvailabilityProblem;

/** Throws a RangeError listing the problems, for functions that need valid input (the API validates first). */
export function assertNoProblems(problems: readonly BookingProblem[]): void {
  if (problems.length > 0) throw new RangeError(problems.map(({ path, message }) => `${path} ${message}`).join('; '));
}

/** Inclusive bounds of whole-number settings, shared with the API's DTOs and the database's check constraints. */
export type WholeNumberLimits<T> = { readonly [K in keyof T]: { readonly min: number; readonly max: number } };

/** A problem per field of `values` that is not a whole number within its limits, named `${path}.${field}`. */
export function validateWholeNumbers<T extends Record<keyof T, number>>(values: T, limits: WholeNumberLimits<T>, path: string): BookingProblem[] {
  return (Object.keys(limits) as (keyof T & string)[]).flatMap((key) => {
    const { min, max } = limits[key];
    const value = values?.[key];
    return Number.isInteger(value) && value >= min && value <= max ? [] : [{ path: `${path}.${key}`, message: `must be a whole number from ${min} to ${max}` }];
  });
}
