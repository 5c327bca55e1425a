import { registerDecorator, ValidationOptions } from 'class-validator';
import { isValidTimeZone as isZoneName } from '@rapport/domain';

/** The domain's check (which remembers valid names: every search validates one), bounded in length for input. */
export function isValidTimeZone(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 64 && isZoneName(value);
}

/** An IANA time zone name such as Europe/London. */
export function IsTimeZone(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName,
      options: { message: 'Use an IANA time zone name, like America/New_York.', ...options },
      validator: { validate: isValidTimeZone },
    });
}
