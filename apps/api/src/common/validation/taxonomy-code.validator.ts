import { registerDecorator, ValidationOptions } from 'class-validator';

/** Every element of an array passes `isCode` (a taxonomy type guard); the message names the first bad one. */
export function AreCodes(isCode: (value: unknown) => boolean, kind: string, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'areCodes',
      target: target.constructor,
      propertyName,
      options: {
        message: ({ value }) => {
          const bad = Array.isArray(value) ? value.find((item) => !isCode(item)) : value;
          return `Unknown ${kind} code "${String(bad)}". Use a code from the taxonomy query.`;
        },
        ...options,
      },
      validator: { validate: (value: unknown) => Array.isArray(value) && value.every(isCode) },
    });
}

/** A single taxonomy code. */
export function IsCode(isCode: (value: unknown) => boolean, kind: string, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCode',
      target: target.constructor,
      propertyName,
      options: { message: ({ value }) => `Unknown ${kind} code "${String(value)}". Use a code from the taxonomy query.`, ...options },
      validator: { validate: isCode },
    });
}
