import { GraphQLFormattedError } from 'graphql';
import { asTokenLimitError } from '../graphql/query-limits';
import { INTERNAL_MESSAGE } from './to-graphql-error';

// Codes Apollo itself produces for malformed requests; their messages name the problem.
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);
const OURS = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'SLOT_TAKEN',
  'PAYMENT_FAILED',
  'TOO_MANY_REQUESTS',
  'INTERNAL_SERVER_ERROR',
]);

/** Last line of defence in Apollo: never a stack trace, never an unexpected message. */
export function formatGraphqlError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const tokenLimit = asTokenLimitError(formatted);
  if (tokenLimit) return tokenLimit;
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const { stacktrace: _stacktrace, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  if (PASS_THROUGH.has(code) || OURS.has(code)) {
    return { ...formatted, extensions: { ...extensions, code } };
  }
  return { message: INTERNAL_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
