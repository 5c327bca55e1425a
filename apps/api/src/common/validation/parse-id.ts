import { InputError } from '../errors/app-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** IDs are UUIDs; anything else is a client mistake, named, not a database error. */
export function parseId(field: string, value: string): string {
  if (!UUID.test(value)) throw new InputError(field, `${field} is not a valid id.`);
  return value.toLowerCase();
}
