import type Stripe from 'stripe';
import { z } from 'zod';
import { currency, expandParam, hash, integer, list, metadata, mergeMetadata, oneOf, optional, parseParams, text, url } from '../http/params';
import type { Route } from '../http/route';
import { invalidRequest } from '../http/stripe-error';
import type { Context } from '../state/context';
import type { CheckoutSessionRow } from '../state/state';
import { expireSession } from './checkout-completion';
import { createdFilter, findOrThrow, findReference, matchesCreated, paginate, paginationParams, retrieveRoute } from './lists';
import { checkPaymentIntentInput } from './payment-intents';

const HOUR = 3600;
const lineItem = hash({
  price_data: hash({
    currency: currency(),
    unit_amount: integer(),
    product_data: hash({ name: text(), description: optional(text()), metadata: optional(metadata()) }),
  }),
  quantity: integer(),
});
const createParams = hash({
  mode: oneOf(['payment', 'setup', 'subscription']),
  line_items: optional(list(lineItem)),
  currency: optional(currency()),
  allowed_payment_method_types: optional(list(oneOf(['card']))),
  payment_intent_data: optional(
    hash({
      application_fee_amount: optional(integer()),
      transfer_data: optional(hash({ destination: text() })),
      metadata: optional(metadata()),
      setup_future_usage: optional(oneOf(['on_session', 'off_session'])),
      capture_method: optional(oneOf(['automatic', 'automatic_async', 'manual'])),
      description: optional(text()),
    }),
  ),
  setup_intent_data: optional(hash({ metadata: optional(metadata()), description: optional(text()) })),
  customer: optional(text()),
  customer_email: optional(text()),
  customer_creation: optional(oneOf(['always', 'if_required'])),
  client_reference_id: optional(text()),
  success_url: url(),
  cancel_url: optional(url()),
  expires_at: optional(integer()),
  metadata: optional(metadata()),
  locale: optional(text()),
  expand: expandParam(),
});
const listParams = hash({
  payment_intent: optional(text()),
  customer: optional(text()),
  status: optional(oneOf(['open', 'complete', 'expired'])),
  created: createdFilter,
  ...paginationParams,
  expand: expandParam(),
});

function validate(context: Context, params: z.output<typeof createParams>): void {
  if (params.mode === 'subscription') throw invalidRequest('The emulator does not support subscription mode.', { param: 'mode' });
  if (params.customer && params.customer_email) {
    throw invalidRequest('You may only specify one of these parameters: customer, customer_email.', { param: 'customer_email', code: 'parameters_exclusive' });
  }
  if (params.customer && params.customer_creation) {
    throw invalidRequest('You may only specify one of these parameters: customer, customer_creation.', { param: 'customer_creation', code: 'parameters_exclusive' });
  }
  if (params.customer) findReference(context.state.customers, params.customer, 'customer', 'customer');
  if (params.expires_at !== undefined) {
    if (params.expires_at > context.now + 24 * HOUR) {
      throw invalidRequest('The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.', { param: 'expires_at' });
    }
    if (params.expires_at < context.now + HOUR / 2) {
      throw invalidRequest('The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.', { param: 'expires_at' });
    }
  }
  if (params.mode === 'payment') {
    if (!params.line_items?.length) throw invalidRequest('`line_items` is required in `payment` mode.', { param: 'line_items', code: 'parameter_missing' });
    if (params.setup_intent_data) throw invalidRequest('`setup_intent_data` can only be used in `setup` mode.', { param: 'setup_intent_data' });
    const currencies = new Set(params.line_items.map((item) => item.price_data.currency));
    if (currencies.size > 1) throw invalidRequest('All line items must use the same currency.', { param: 'line_items' });
    params.line_items.forEach((item, index) => {
      if (item.quantity < 1) throw invalidRequest('Quantity must be at least 1.', { param: `line_items[${index}][quantity]` });
      if (item.price_data.unit_amount < 0) throw invalidRequest('Invalid non-negative integer', { param: `line_items[${index}][price_data][unit_amount]` });
    });
  } else {
    if (params.line_items) throw invalidRequest('`line_items` cannot be used in `setup` mode.', { param: 'line_items' });
    if (params.payment_intent_data) throw invalidRequest('`payment_intent_data` can only be used in `payment` mode.', { param: 'payment_intent_data' });
    if (!params.currency && !params.allowed_payment_method_types) {
      throw invalidRequest('`currency` is required in `setup` mode when `allowed_payment_method_types` is not set.', { param: 'currency', code: 'parameter_missing' });
    }
  }
}

function createSession(context: Context, params: z.output<typeof createParams>): Stripe.Checkout.Session {
  validate(context, params);
  const payment = params.mode === 'payment';
  const lineItems = (params.line_items ?? []).map((item) => ({
    name: item.price_data.product_data.name,
    description: item.price_data.product_data.description ?? null,
    unitAmount: item.price_data.unit_amount,
    quantity: item.quantity,
  }));
  const total = lineItems.reduce((sum, item) => sum + item.unitAmount * item.quantity, 0);
  const sessionCurrency = payment ? params.line_items![0].price_data.currency : (params.currency ?? null);
  const intentData = params.payment_intent_data;
  if (payment) {
    // Amount, fee and destination are checked now, as Stripe does, not when the customer pays.
    checkPaymentIntentInput(context, {
      amount: total,
      currency: sessionCurrency!,
      applicationFeeAmount: intentData?.application_fee_amount,
      destination: intentData?.transfer_data?.destination,
      paramPrefix: 'payment_intent_data',
    });
  }
  const id = context.id('cs_test');
  const session: Stripe.Checkout.Session = {
    id,
    object: 'checkout.session',
    adaptive_pricing: null,
    after_expiration: null,
    allow_promotion_codes: null,
    allowed_payment_method_types: params.allowed_payment_method_types ?? null,
    amount_subtotal: payment ? total : null,
    amount_total: payment ? total : null,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: null,
    cancel_url: params.cancel_url ?? null,
    client_reference_id: params.client_reference_id ?? null,
    client_secret: null,
    collected_information: null,
    consent: null,
    consent_collection: null,
    created: context.now,
    currency: sessionCurrency,
    currency_conversion: null,
    custom_fields: [],
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer: params.customer ?? null,
    customer_account: null,
    customer_creation: params.customer ? null : (params.customer_creation ?? 'if_required'),
    customer_details: params.customer_email ? { address: null, business_name: null, email: params.customer_email, individual_name: null, name: null, phone: null, tax_exempt: 'none', tax_ids: null } : null,
    customer_email: params.customer_email ?? null,
    discounts: [],
    expires_at: params.expires_at ?? context.now + 24 * HOUR,
    integration_identifier: null,
    invoice: null,
    invoice_creation: null,
    livemode: false,
    locale: null,
    managed_payments: null,
    metadata: mergeMetadata({}, params.metadata),
    mode: params.mode,
    origin_context: null,
    payment_intent: null,
    payment_link: null,
    payment_method_collection: 'if_required',
    payment_method_configuration_details: null,
    payment_method_options: {},
    payment_method_types: ['card'],
    payment_status: payment ? 'unpaid' : 'no_payment_required',
    permissions: null,
    recovered_from: null,
    saved_payment_method_options: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_options: [],
    status: 'open',
    submit_type: null,
    subscription: null,
    success_url: params.success_url,
    total_details: payment ? { amount_discount: 0, amount_shipping: 0, amount_tax: 0 } : null,
    ui_mode: 'hosted',
    url: `${context.baseUrl}/checkout/${id}`,
    wallet_options: null,
  };
  const row: CheckoutSessionRow = {
    seq: context.nextSeq(),
    object: session,
    lineItems,
    paymentIntentData: {
      applicationFeeAmount: intentData?.application_fee_amount ?? null,
      destination: intentData?.transfer_data?.destination ?? null,
      metadata: mergeMetadata({}, intentData?.metadata),
      setupFutureUsage: intentData?.setup_future_usage ?? null,
      captureMethod: intentData?.capture_method ?? 'automatic_async',
      description: intentData?.description ?? (lineItems.map((item) => item.name).join(', ') || null),
    },
    setupIntentMetadata: mergeMetadata({}, params.setup_intent_data?.metadata),
    setupIntentDescription: params.setup_intent_data?.description ?? null,
  };
  context.state.checkoutSessions[id] = row;
  return session;
}

export const checkoutSessionRoutes: Route[] = [
  { method: 'POST', pattern: '/v1/checkout/sessions', handle: (context, request) => createSession(context, parseParams(createParams, request.params)) },
  retrieveRoute('/v1/checkout/sessions/:id', 'checkoutSessions', 'checkout.session'),
  {
    method: 'GET',
    pattern: '/v1/checkout/sessions',
    acceptsQuery: true,
    handle: (context, request) => {
      const params = parseParams(listParams, request.params);
      const rows = Object.values(context.state.checkoutSessions).filter(
        (row) =>
          (!params.payment_intent || row.object.payment_intent === params.payment_intent) &&
          (!params.customer || row.object.customer === params.customer) &&
          (!params.status || row.object.status === params.status) &&
          matchesCreated(row.object.created, params.created),
      );
      return paginate(rows, params, '/v1/checkout/sessions');
    },
  },
  {
    method: 'POST',
    pattern: '/v1/checkout/sessions/:id/expire',
    handle: (context, request) => {
      parseParams(hash({ expand: expandParam() }), request.params);
      const row = findOrThrow(context.state.checkoutSessions, request.path.id, 'checkout.session');
      if (row.object.status !== 'open') {
        throw invalidRequest(`Only Checkout Sessions with a status of \`open\` can be expired. This Checkout Session has a status of \`${row.object.status}\`.`, {
          code: 'checkout_session_unexpected_state',
        });
      }
      return expireSession(context, row);
    },
  },
  retrieveRoute('/v1/setup_intents/:id', 'setupIntents', 'setup_intent'),
];
