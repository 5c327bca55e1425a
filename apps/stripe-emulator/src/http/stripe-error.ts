import type Stripe from 'stripe';

export type StripeErrorType = 'api_error' | 'card_error' | 'idempotency_error' | 'invalid_request_error';

export interface StripeErrorBody {
  type: StripeErrorType;
  message: string;
  code?: string;
  decline_code?: string;
  param?: string;
  charge?: string;
  payment_intent?: Stripe.PaymentIntent;
  payment_method?: Stripe.PaymentMethod;
  setup_intent?: Stripe.SetupIntent;
  doc_url?: string;
}

/**
 * An error answered in Stripe's shape, `{ error: { type, code, message, param, … } }`,
 * with the HTTP status the SDK maps to its typed errors (402 → StripeCardError, …).
 */
export class StripeApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 402 | 404 | 409 | 500,
    readonly body: StripeErrorBody,
  ) {
    super(body.message);
  }
}

const docUrl = (code: string) => `https://docs.stripe.com/error-codes/${code.replace(/_/g, '-')}`;

export function invalidRequest(message: string, options: { param?: string; code?: string; status?: 400 | 404 } = {}): StripeApiError {
  const { param, code, status = 400 } = options;
  return new StripeApiError(status, {
    type: 'invalid_request_error',
    message,
    ...(code ? { code, doc_url: docUrl(code) } : {}),
    ...(param ? { param } : {}),
  });
}

export const missingParam = (param: string) =>
  invalidRequest(`Missing required param: ${param}.`, { param, code: 'parameter_missing' });

export const unknownParam = (param: string) =>
  invalidRequest(`Received unknown parameter: ${param}`, { param, code: 'parameter_unknown' });

/** A path object that does not exist: 404, param `id`. */
export const noSuchObject = (objectName: string, id: string) =>
  invalidRequest(`No such ${objectName}: '${id}'`, { param: 'id', code: 'resource_missing', status: 404 });

/** An id given in a parameter that does not exist: 400, naming the parameter. */
export const noSuchReference = (objectName: string, id: string, param: string) =>
  invalidRequest(`No such ${objectName}: '${id}'`, { param, code: 'resource_missing' });

export const unexpectedState = (message: string, code = 'payment_intent_unexpected_state') => invalidRequest(message, { code });
