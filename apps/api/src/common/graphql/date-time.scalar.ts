import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isoInstantText, isValidInstant, isValidLocalDate } from '@rapport/domain';

// A zone designator is required: without one the server's own zone would decide the instant.
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;

function parseInstant(value: unknown): Date {
  const match = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
  // Checked here because Date is lenient (2026-02-30 becomes 2 March) and PostgreSQL has no year 0.
  const instant = match && isValidLocalDate(match[1]) && match[1] >= '0001-01-01' ? new Date(value as string) : null;
  if (!instant || !isValidInstant(instant)) {
    throw new GraphQLError('Expected a date and time with its zone, like 2026-03-02T09:00:00Z.');
  }
  return instant;
}

/**
 * `DateTime` for every Date in the schema, stricter than Nest's default
 * (which turns anything into a Date, even an object or an invalid string):
 * a bad value is the caller's BAD_USER_INPUT, never a database error.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string | null>({
  name: 'DateTime',
  description: 'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  parseValue: parseInstant,
  serialize: (value) => (value instanceof Date ? isoInstantText(value) : null),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Expected a date and time with its zone, like 2026-03-02T09:00:00Z.');
    return parseInstant(ast.value);
  },
});

/** For GraphQL's `buildSchemaOptions`: the app and `schema:generate` must build the same schema. */
export const SCALARS_MAP = [{ type: Date, scalar: DateTimeScalar }];
