import type Stripe from 'stripe';
import { z } from 'zod';
import { expandParam, hash, metadata, mergeMetadata, oneOf, optional, parseParams, text } from '../http/params';
import type { Route } from '../http/route';
import { invalidRequest, StripeApiError } from '../http/stripe-error';
import type { Context } from '../state/context';
import type { PaymentMethodRow } from '../state/state';
import { findOrThrow, findReference, paginate, paginationParams, retrieveRoute } from './lists';
import { cardFailureDetails, isTestCardId, TEST_CARDS, type CardFailure, type TestCardId } from './test-cards';

const customerFields = {
  email: optional(text()),
  name: optional(text()),
  description: optional(text()),
  phone: optional(text()),
  metadata: optional(metadata()),
  invoice_settings: optional(hash({ default_payment_method: optional(text()) })),
  expand: expandParam(),
};
const createParams = hash({ ...customerFields, payment_method: optional(text()) });
const updateParams = hash(customerFields);
const attachParams = hash({ customer: text(), expand: expandParam() });
const listParams = hash({ customer: optional(text()), type: optional(oneOf(['card'])), ...paginationParams, expand: expandParam() });
const customerListParams = hash({ type: optional(oneOf(['card'])), ...paginationParams, expand: expandParam() });

const noAddress = (): Stripe.Address => ({ city: null, country: null, line1: null, line2: null, postal_code: null, state: null });

/**
 * Resolves a payment method param. Stripe's test ids (`pm_card_visa`, …) each make a
 * fresh PaymentMethod, as in test mode, so the object's id differs from the test id.
 */
export function resolvePaymentMethod(context: Context, id: string, param: string): PaymentMethodRow {
  if (isTestCardId(id)) return createFromTestCard(context, id);
  return findReference(context.state.paymentMethods, id, 'PaymentMethod', param);
}

function createFromTestCard(context: Context, card: TestCardId): PaymentMethodRow {
  const spec = TEST_CARDS[card];
  const paymentMethod: Stripe.PaymentMethod = {
    id: context.id('pm'),
    object: 'payment_method',
    billing_details: { address: noAddress(), email: null, name: null, phone: null, tax_id: null },
    card: {
      brand: spec.brand,
      checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: 'pass' },
      country: 'US',
      display_brand: spec.brand,
      exp_month: 12,
      exp_year: new Date(context.now * 1000).getUTCFullYear() + 3,
      fingerprint: `fp_${card}`,
      funding: 'credit',
      generated_from: null,
      last4: spec.last4,
      networks: { available: [spec.brand], preferred: null },
      regulated_status: 'unregulated',
      three_d_secure_usage: { supported: true },
      wallet: null,
    },
    created: context.now,
    customer: null,
    customer_account: null,
    livemode: false,
    metadata: {},
    type: 'card',
  };
  const row: PaymentMethodRow = { seq: context.nextSeq(), object: paymentMethod, card };
  context.state.paymentMethods[paymentMethod.id] = row;
  return row;
}

/** A card error (402) in Stripe's shape, for a card that cannot be saved or charged. */
export function cardError(
  failure: CardFailure,
  extra: { paymentIntent?: Stripe.PaymentIntent; setupIntent?: Stripe.SetupIntent; paymentMethod?: Stripe.PaymentMethod; charge?: string } = {},
): StripeApiError {
  return new StripeApiError(402, {
    ...cardFailureDetails(failure),
    ...(extra.charge ? { charge: extra.charge } : {}),
    ...(extra.paymentIntent ? { payment_intent: structuredClone(extra.paymentIntent) } : {}),
    ...(extra.setupIntent ? { setup_intent: structuredClone(extra.setupIntent) } : {}),
    ...(extra.paymentMethod ? { payment_method: structuredClone(extra.paymentMethod) } : {}),
  });
}

/** The failure a card that cannot be saved gives when saving it. */
export function saveFailure(card: TestCardId): 'declined' | 'insufficient_funds' {
  return TEST_CARDS[card].charge === 'insufficient_funds' ? 'insufficient_funds' : 'declined';
}

function assertCardSaves(row: PaymentMethodRow): void {
  if (!TEST_CARDS[row.card].saves) throw cardError(saveFailure(row.card), { paymentMethod: row.object });
}

/** Saves a card to a customer, declining the cards Stripe declines on save. */
export function attachPaymentMethod(context: Context, row: PaymentMethodRow, customerId: string): Stripe.PaymentMethod {
  const paymentMethod = row.object;
  assertCardSaves(row);
  if (paymentMethod.customer === customerId) return paymentMethod;
  if (paymentMethod.customer) {
    throw invalidRequest('The payment method you provided has already been attached to a customer.', { code: 'payment_method_unexpected_state' });
  }
  paymentMethod.customer = customerId;
  context.emit('payment_method.attached', paymentMethod);
  return paymentMethod;
}

export interface NewCustomer {
  email?: string | null;
  name?: string | null;
  description?: string | null;
  phone?: string | null;
  metadata?: Record<string, string>;
}

/** Stores a customer and records `customer.created`; Checkout makes them this way too. */
export function createCustomerRecord(context: Context, input: NewCustomer): Stripe.Customer {
  const customer: Stripe.Customer = {
    id: context.id('cus'),
    object: 'customer',
    address: null,
    balance: 0,
    created: context.now,
    currency: null,
    default_source: null,
    delinquent: false,
    description: input.description ?? null,
    email: input.email ?? null,
    invoice_prefix: context.id('').slice(1, 9).toUpperCase(),
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: false,
    metadata: input.metadata ?? {},
    name: input.name ?? null,
    phone: input.phone ?? null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: 'none',
    test_clock: null,
  };
  context.state.customers[customer.id] = { seq: context.nextSeq(), object: customer };
  context.emit('customer.created', customer);
  return customer;
}

function createCustomer(context: Context, params: z.output<typeof createParams>): Stripe.Customer {
  // Check references before storing anything, so a bad request leaves no trace.
  const paymentMethod = params.payment_method ? resolvePaymentMethod(context, params.payment_method, 'payment_method') : undefined;
  if (paymentMethod) assertCardSaves(paymentMethod);
  const customer = createCustomerRecord(context, {
    email: params.email,
    name: params.name,
    description: params.description,
    phone: params.phone,
    metadata: mergeMetadata({}, params.metadata),
  });
  if (paymentMethod) attachPaymentMethod(context, paymentMethod, customer.id);
  applyDefaultPaymentMethod(context, customer, params.invoice_settings?.default_payment_method);
  return customer;
}

function applyDefaultPaymentMethod(context: Context, customer: Stripe.Customer, id: string | undefined): void {
  if (id === undefined) return;
  const paymentMethod = findReference(context.state.paymentMethods, id, 'PaymentMethod', 'invoice_settings[default_payment_method]').object;
  if (paymentMethod.customer !== customer.id) {
    throw invalidRequest(`The PaymentMethod ${id} does not belong to the Customer you supplied ${customer.id}.`, { param: 'invoice_settings[default_payment_method]' });
  }
  customer.invoice_settings.default_payment_method = id;
}

function updateCustomer(context: Context, id: string, params: z.output<typeof updateParams>): Stripe.Customer {
  const customer = findOrThrow(context.state.customers, id, 'customer').object;
  const previous: Record<string, unknown> = {};
  for (const field of ['email', 'name', 'description', 'phone'] as const) {
    if (params[field] === undefined) continue;
    previous[field] = customer[field];
    customer[field] = params[field];
  }
  if (params.metadata !== undefined) {
    previous.metadata = { ...customer.metadata };
    customer.metadata = mergeMetadata(customer.metadata, params.metadata);
  }
  applyDefaultPaymentMethod(context, customer, params.invoice_settings?.default_payment_method);
  context.emit('customer.updated', customer, previous);
  return customer;
}

function listPaymentMethods(context: Context, customerId: string, params: z.output<typeof customerListParams>, url: string) {
  findReference(context.state.customers, customerId, 'customer', 'customer');
  const rows = Object.values(context.state.paymentMethods).filter((row) => row.object.customer === customerId);
  return paginate(rows, params, url);
}

export const customerRoutes: Route[] = [
  { method: 'POST', pattern: '/v1/customers', handle: (context, request) => createCustomer(context, parseParams(createParams, request.params)) },
  retrieveRoute('/v1/customers/:id', 'customers', 'customer'),
  { method: 'POST', pattern: '/v1/customers/:id', handle: (context, request) => updateCustomer(context, request.path.id, parseParams(updateParams, request.params)) },
  {
    method: 'GET',
    pattern: '/v1/customers/:id/payment_methods',
    acceptsQuery: true,
    handle: (context, request) =>
      listPaymentMethods(context, request.path.id, parseParams(customerListParams, request.params), `/v1/customers/${request.path.id}/payment_methods`),
  },
  {
    method: 'GET',
    pattern: '/v1/payment_methods',
    acceptsQuery: true,
    handle: (context, request) => {
      const params = parseParams(listParams, request.params);
      if (!params.customer) throw invalidRequest('The emulator lists payment methods by customer only.', { param: 'customer' });
      const { customer, ...rest } = params;
      return listPaymentMethods(context, customer, rest, '/v1/payment_methods');
    },
  },
  {
    method: 'GET',
    pattern: '/v1/payment_methods/:id',
    handle: (context, request) => resolvePaymentMethodForRead(context, request.path.id),
  },
  {
    method: 'POST',
    pattern: '/v1/payment_methods/:id/attach',
    handle: (context, request) => {
      const params = parseParams(attachParams, request.params);
      findReference(context.state.customers, params.customer, 'customer', 'customer');
      const row = isTestCardId(request.path.id) ? resolvePaymentMethod(context, request.path.id, 'id') : findOrThrow(context.state.paymentMethods, request.path.id, 'PaymentMethod');
      return attachPaymentMethod(context, row, params.customer);
    },
  },
  {
    method: 'POST',
    pattern: '/v1/payment_methods/:id/detach',
    handle: (context, request) => {
      parseParams(hash({ expand: expandParam() }), request.params);
      const paymentMethod = findOrThrow(context.state.paymentMethods, request.path.id, 'PaymentMethod').object;
      if (!paymentMethod.customer) throw invalidRequest('The payment method you provided is not attached to a customer so detachment is impossible.', { code: 'payment_method_unexpected_state' });
      const previous = { customer: paymentMethod.customer };
      paymentMethod.customer = null;
      context.emit('payment_method.detached', paymentMethod, previous);
      return paymentMethod;
    },
  },
];

function resolvePaymentMethodForRead(context: Context, id: string): Stripe.PaymentMethod {
  if (isTestCardId(id)) return createFromTestCard(context, id).object;
  return findOrThrow(context.state.paymentMethods, id, 'PaymentMethod').object;
}
