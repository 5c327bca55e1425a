import type { CombinedError } from 'urql';

/** What a form shows for a failed operation: messages under fields, and one for an alert. */
export interface DescribedError {
  fieldErrors: Partial<Record<string, string>>;
  message: string | null;
}

const NETWORK_MESSAGE = "We couldn't reach Rapport. Check your connection and try again.";
const INTERNAL_MESSAGE = 'Something went wrong on our side. Please try again in a moment.';

// Used when the server sends a code without a usable message.
const FALLBACK_BY_CODE: Record<string, string> = {
  BAD_USER_INPUT: 'Please check what you entered and try again.',
  UNAUTHENTICATED: 'Please log in to continue.',
  FORBIDDEN: "You don't have access to this.",
  NOT_FOUND: "We couldn't find that. It may have been removed.",
  CONFLICT: 'That conflicts with something that already exists.',
  TOO_MANY_REQUESTS: 'Too many attempts. Please wait a minute and try again.',
};

/**
 * Turns an urql error into messages a person can act on. Errors whose `extensions.field`
 * is one of `formFields` (`BAD_USER_INPUT`, or e.g. `CONFLICT` for a taken email) go under
 * that field; everything else goes to `message`. Server messages are shown as they are (the API writes them for people),
 * except internal errors, which never reveal details.
 */
export function describeGraphqlError(error: CombinedError, formFields: readonly string[] = []): DescribedError {
  if (error.networkError && error.graphQLErrors.length === 0) {
    return { fieldErrors: {}, message: NETWORK_MESSAGE };
  }

  const fieldErrors: Partial<Record<string, string>> = {};
  const messages: string[] = [];
  for (const graphqlError of error.graphQLErrors) {
    const code = typeof graphqlError.extensions?.code === 'string' ? graphqlError.extensions.code : 'INTERNAL_SERVER_ERROR';
    const field = fieldName(graphqlError.extensions?.field);
    const text = code === 'INTERNAL_SERVER_ERROR' ? INTERNAL_MESSAGE : graphqlError.message || FALLBACK_BY_CODE[code] || INTERNAL_MESSAGE;

    if (code !== 'INTERNAL_SERVER_ERROR' && field && formFields.includes(field) && !fieldErrors[field]) {
      fieldErrors[field] = text;
    } else if (!messages.includes(text)) {
      messages.push(text);
    }
  }
  return { fieldErrors, message: messages.length > 0 ? messages.join(' ') : null };
}

// Accepts `email` as well as a path such as `input.email`.
function fieldName(field: unknown): string | null {
  if (typeof field !== 'string' || field === '') return null;
  return field.split('.').pop() ?? null;
}
