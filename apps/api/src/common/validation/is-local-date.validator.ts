import { registerDecorator, ValidationOptions } from 'class-validator';
import { isValidLocalDate } from '@rapport/domain';
import { InputError } from '../errors/app-error';

/**
 * A real calendar date 'YYYY-MM-DD' that PostgreSQL's `date` can hold:
 * 2026-02-30 and year 0000 are refused here, not by the database.
 */
export function isStorableLocalDate(value: unknown): value is string {
  return typeof value === 'string' && isValidLocalDate(value) && value >= '0001-01-01';
}

export function IsLocalDate(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isLocalDate',
      target: target.constructor,
      propertyName,
      options: { message: 'Use a date like 2026-12-24.', ...options },
      validator: { validate: isStorableLocalDate },
    });
}

/** For a date passed as a bare argument rather than inside a validated input. */
export function parseLocalDate(field: string, value: string): string {
  if (!isStorableLocalDate(value)) throw new InputError(field, 'Use a date like 2026-12-24.');
  return value;
}
