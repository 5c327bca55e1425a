import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import Stripe from 'stripe';
import { Payment, PaymentStatus } from './entities/payment.entity';
import { STRIPE } from './stripe-client';

/** The id of a Stripe field that is an id or, expanded, the object. */
export const idOf = (value: string | { id: string } | null | undefined): string | null => (value == null ? null : typeof value === 'string' ? value : value.id);

/** What Stripe says about one payment attempt now. */
export interface StripeFacts {
  paymentIntentId: string | null;
  chargeId: string | null;
  status: PaymentStatus;
  refundedMinor: number;
  applicationFeeRefundedMinor: number;
  disputed: boolean;
  lastError: string | null;
}

/**
 * Mirrors Stripe onto Payment rows. It never trusts an event's snapshot: it
 * reads the Checkout Session, PaymentIntent, charge and application fee as they
 * are now, and merges monotonically (refunds only grow, a dispute flag stays,
 * a paid payment never goes back to open), so handling events twice, late or
 * in any order ends in the same row.
 */
@Injectable()
export class PaymentRecords {
  constructor(@Inject(STRIPE) private readonly stripe: Stripe) {}

  async factsOf(payment: Pick<Payment, 'checkoutSessionId' | 'paymentIntentId'>): Promise<StripeFacts> {
    // An off-session charge has no Checkout Session: its PaymentIntent is the whole story.
    const session = payment.checkoutSessionId ? await this.stripe.checkout.sessions.retrieve(payment.checkoutSessionId) : null;
    const paymentIntentId = idOf(session?.payment_intent) ?? payment.paymentIntentId;
    const facts: StripeFacts = {
      paymentIntentId,
      chargeId: null,
      status: session?.status === 'expired' ? PaymentStatus.EXPIRED : PaymentStatus.OPEN,
      refundedMinor: 0,
      applicationFeeRefundedMinor: 0,
      disputed: false,
      lastError: null,
    };
    if (!paymentIntentId) return facts;
    const intent = await this.stripe.paymentIntents.retrieve(paymentIntentId);
    facts.lastError = intent.last_payment_error?.message ?? null;
    if (intent.status !== 'succeeded') {
      // Declined without the client there: final for this row (the client pays on a new Checkout Session).
      if (!session && (intent.status === 'requires_payment_method' || intent.status === 'canceled' || intent.status === 'requires_action')) facts.status = PaymentStatus.FAILED;
      return facts;
    }
    const chargeId = idOf(intent.latest_charge);
    facts.status = PaymentStatus.SUCCEEDED;
    if (!chargeId) return facts;
    const charge = await this.stripe.charges.retrieve(chargeId);
    facts.chargeId = charge.id;
    facts.refundedMinor = charge.amount_refunded;
    facts.disputed = charge.disputed;
    const feeId = idOf(charge.application_fee);
    if (feeId) facts.applicationFeeRefundedMinor = (await this.stripe.applicationFees.retrieve(feeId)).amount_refunded;
    if (charge.refunded || charge.amount_refunded >= charge.amount) facts.status = PaymentStatus.REFUNDED;
    return facts;
  }

  /** Reads Stripe, then writes the row under a lock; returns the row and whether it just became disputed. */
  async sync(em: EntityManager, paymentId: string): Promise<{ payment: Payment; newlyDisputed: boolean }> {
    const unlocked = await em.fork().findOneOrFail(Payment, paymentId);
    const facts = await this.factsOf(unlocked);
    return em.transactional(async (tx) => {
      const payment = await tx.findOneOrFail(Payment, paymentId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const newlyDisputed = facts.disputed && !payment.disputed;
      merge(payment, facts);
      return { payment, newlyDisputed };
    });
  }
}

const RANK: Record<PaymentStatus, number> = { OPEN: 0, EXPIRED: 1, FAILED: 1, SUCCEEDED: 2, REFUNDED: 3 };

/** Only ever forward: Stripe's facts about a payment do not go back in time. */
export function merge(payment: Payment, facts: StripeFacts): void {
  payment.paymentIntentId ??= facts.paymentIntentId;
  payment.chargeId ??= facts.chargeId;
  if (RANK[facts.status] > RANK[payment.status]) payment.status = facts.status;
  payment.refundedMinor = Math.min(payment.amountMinor, Math.max(payment.refundedMinor, facts.refundedMinor));
  payment.applicationFeeRefundedMinor = Math.min(payment.applicationFeeMinor, payment.refundedMinor, Math.max(payment.applicationFeeRefundedMinor, facts.applicationFeeRefundedMinor));
  payment.disputed ||= facts.disputed;
  if (facts.lastError !== null && (payment.status === PaymentStatus.OPEN || payment.status === PaymentStatus.FAILED)) payment.lastError = facts.lastError;
}
