import type { AvailabilityProblem } from '../availability';

/** One thing wrong with an input, naming its path; the same shape availability uses, so the API maps both alike. */
export type BookingProblem = AvailabilityProblem;

/** Throws a RangeError listing the problems, for functions that need valid input (the API validates first). */
export function assertNoProblems(problems: readonly BookingProblem[]): void {
  if (problems.length > 0) throw new RangeError(problems.map(({ path, message }) => `${path} ${message}`).join('; '));
}
