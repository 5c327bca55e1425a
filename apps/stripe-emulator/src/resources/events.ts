import type Stripe from 'stripe';
import { z } from 'zod';
import { hash, list, optional, parseParams, text } from '../http/params';
import type { Route } from '../http/route';
import { invalidRequest } from '../http/stripe-error';
import type { Context } from '../state/context';
import { createdFilter, findOrThrow, matchesCreated, paginate, paginationParams, retrieveRoute } from './lists';

const listParams = hash({
  type: optional(text()),
  types: optional(list(text())),
  created: createdFilter,
  delivery_success: optional(text()),
  ...paginationParams,
});

/** `charge.*` matches every charge event, as Stripe's `type` filter does. */
function typeMatches(type: string, pattern: string): boolean {
  if (!pattern.includes('*')) return type === pattern;
  const expression = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return expression.test(type);
}

function listEvents(context: Context, params: z.output<typeof listParams>) {
  if (params.type && params.types) throw invalidRequest('You may only specify one of these parameters: type, types.', { param: 'types', code: 'parameters_exclusive' });
  if (params.delivery_success !== undefined) throw invalidRequest('The emulator does not filter events by delivery_success.', { param: 'delivery_success' });
  const patterns = params.types ?? (params.type ? [params.type] : undefined);
  const rows = Object.values(context.state.events).filter(
    (row) => (!patterns || patterns.some((pattern) => typeMatches(row.object.type, pattern))) && matchesCreated(row.object.created, params.created),
  );
  return paginate(rows, params, '/v1/events');
}

// Every evidence field starts empty; the merchant fills them when responding.
const EVIDENCE_FIELDS = [
  'access_activity_log', 'billing_address', 'cancellation_policy', 'cancellation_policy_disclosure', 'cancellation_rebuttal',
  'customer_communication', 'customer_email_address', 'customer_name', 'customer_purchase_ip', 'customer_signature',
  'duplicate_charge_documentation', 'duplicate_charge_explanation', 'duplicate_charge_id', 'product_description', 'receipt',
  'refund_policy', 'refund_policy_disclosure', 'refund_refusal_explanation', 'service_date', 'service_documentation',
  'shipping_address', 'shipping_carrier', 'shipping_date', 'shipping_documentation', 'shipping_tracking_number',
  'uncategorized_file', 'uncategorized_text',
] as const;

/** A dispute on a charge, as a cardholder's bank would open one (emulator control only). */
export function createDispute(context: Context, chargeId: string, reason = 'fraudulent'): Stripe.Dispute {
  const charge = findOrThrow(context.state.charges, chargeId, 'charge').object;
  if (charge.status !== 'succeeded' || !charge.captured) throw invalidRequest('Only a captured, successful charge can be disputed.', { param: 'charge' });
  if (charge.disputed) throw invalidRequest(`Charge ${charge.id} is already disputed.`, { param: 'charge' });
  const evidence = {
    ...Object.fromEntries(EVIDENCE_FIELDS.map((field) => [field, null])),
    enhanced_evidence: {},
  } as Record<(typeof EVIDENCE_FIELDS)[number], null> & { enhanced_evidence: Stripe.Dispute.Evidence.EnhancedEvidence };
  const dispute: Stripe.Dispute = {
    id: context.id('dp'),
    object: 'dispute',
    amount: charge.amount_captured - charge.amount_refunded,
    balance_transactions: [],
    charge: charge.id,
    created: context.now,
    currency: charge.currency,
    enhanced_eligibility_types: [],
    evidence,
    evidence_details: {
      due_by: context.now + 7 * 24 * 3600,
      enhanced_eligibility: {},
      has_evidence: false,
      past_due: false,
      submission_count: 0,
      submission_method: 'not_submitted',
    },
    intended_submission_method: null,
    is_charge_refundable: false,
    livemode: false,
    metadata: {},
    payment_intent: charge.payment_intent,
    reason,
    status: 'needs_response',
  };
  context.state.disputes[dispute.id] = { seq: context.nextSeq(), object: dispute };
  charge.disputed = true;
  context.emit('charge.dispute.created', dispute);
  return dispute;
}

export const eventRoutes: Route[] = [
  retrieveRoute('/v1/events/:id', 'events', 'event'),
  { method: 'GET', pattern: '/v1/events', acceptsQuery: true, handle: (context, request) => listEvents(context, parseParams(listParams, request.params)) },
];
