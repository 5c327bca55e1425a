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
]);
// graphql-js stops coercing variables after 50 bad ones with an error Apollo cannot classify.
const VARIABLE_ERROR_LIMIT = /^Too many errors processing variables/;

/**
 * Last line of defence in Apollo: never a stack trace, never an unexpected
 * message. An INTERNAL_SERVER_ERROR always gets the generic message, whoever raised it.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const tokenLimit = asTokenLimitError(formatted);
  if (tokenLimit) return tokenLimit;
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (code === 'INTERNAL_SERVER_ERROR' && VARIABLE_ERROR_LIMIT.test(formatted.message)) {
    return { message: 'Too many of the values sent are invalid; correct those reported and try again.', extensions: { code: 'BAD_USER_INPUT' } };
  }
  const { stacktrace: _stacktrace, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  if (PASS_THROUGH.has(code) || OURS.has(code)) {
    return { ...formatted, extensions: { ...extensions, code } };
  }
  return { message: INTERNAL_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
