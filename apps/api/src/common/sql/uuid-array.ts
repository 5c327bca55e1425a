const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids as one PostgreSQL array literal, for `= any(?::uuid[])`: a single parameter however many
 * ids there are (MikroORM inlines parameters into the statement, escaping each, so `array[?]`
 * with 400 ids cost 400 escapes). A string that is not a UUID can name no row: it is left out,
 * so an unknown id finds nothing instead of failing the cast.
 */
export function uuidArray(ids: readonly string[]): string {
  return `{${[...new Set(ids)].filter((id) => UUID.test(id)).join(',')}}`;
}
