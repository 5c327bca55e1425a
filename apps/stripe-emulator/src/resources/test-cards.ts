/**
 * Stripe's test payment-method ids and how each behaves in test mode
 * (https://docs.stripe.com/testing). `label` is the plain name shown on the hosted pages.
 */
export interface TestCard {
  label: string;
  brand: 'visa' | 'mastercard';
  last4: string;
  /** What a charge on it does. */
  charge: 'succeeds' | 'declined' | 'insufficient_funds' | 'authentication_required';
  /** Whether saving it (attach, SetupIntent) succeeds. */
  saves: boolean;
}

export const TEST_CARDS = {
  pm_card_visa: { label: 'Visa ending 4242: payment succeeds', brand: 'visa', last4: '4242', charge: 'succeeds', saves: true },
  pm_card_mastercard: { label: 'Mastercard ending 4444: payment succeeds', brand: 'mastercard', last4: '4444', charge: 'succeeds', saves: true },
  pm_card_chargeDeclined: { label: 'Visa ending 0002: card declined', brand: 'visa', last4: '0002', charge: 'declined', saves: false },
  pm_card_chargeDeclinedInsufficientFunds: {
    label: 'Visa ending 9995: insufficient funds',
    brand: 'visa',
    last4: '9995',
    charge: 'insufficient_funds',
    saves: false,
  },
  pm_card_authenticationRequired: {
    label: 'Visa ending 3184: asks the cardholder to authenticate',
    brand: 'visa',
    last4: '3184',
    charge: 'authentication_required',
    saves: true,
  },
  // Saving succeeds, every later charge is declined: the "card went bad after saving" case.
  pm_card_chargeCustomerFail: { label: 'Visa ending 0341: saves, then declines', brand: 'visa', last4: '0341', charge: 'declined', saves: true },
} as const satisfies Record<string, TestCard>;

export type TestCardId = keyof typeof TEST_CARDS;

export function isTestCardId(id: string): id is TestCardId {
  return Object.hasOwn(TEST_CARDS, id);
}

/** The card errors Stripe answers for each failing behaviour. */
export const CARD_FAILURES = {
  declined: { code: 'card_declined', declineCode: 'generic_decline', message: 'Your card was declined.' },
  insufficient_funds: { code: 'card_declined', declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.' },
  authentication_required: {
    code: 'authentication_required',
    declineCode: 'authentication_required',
    message: 'Your card was declined. This transaction requires authentication.',
  },
  authentication_failed: {
    code: 'payment_intent_authentication_failure',
    declineCode: undefined,
    message: 'We are unable to authenticate your payment method. Please choose a different payment method and try again.',
  },
} as const;

export type CardFailure = keyof typeof CARD_FAILURES;

/** The error Stripe reports for a failure: on a 402 answer, `last_payment_error` and `last_setup_error`. */
export function cardFailureDetails(failure: CardFailure) {
  const { code, declineCode, message } = CARD_FAILURES[failure];
  return {
    type: failure === 'authentication_failed' ? ('invalid_request_error' as const) : ('card_error' as const),
    code,
    ...(declineCode ? { decline_code: declineCode } : {}),
    message,
    doc_url: `https://docs.stripe.com/error-codes/${code.replace(/_/g, '-')}`,
  };
}
