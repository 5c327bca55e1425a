import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Booking } from '../../bookings/entities/booking.entity';

export enum PaymentStatus {
  /** A Checkout Session is open for it. */
  OPEN = 'OPEN',
  /** Paid (all or part may have been refunded since: see refundedMinor). */
  SUCCEEDED = 'SUCCEEDED',
  /** The Checkout Session expired unpaid. */
  EXPIRED = 'EXPIRED',
  /** Paid and everything given back. */
  REFUNDED = 'REFUNDED',
  /** An off-session charge that was declined or needs the customer; never retried (a new attempt is a new row). */
  FAILED = 'FAILED',
}

/** How the money was asked for: a hosted Checkout Session, or a charge to a saved card without the client. */
export enum PaymentKind {
  CHECKOUT = 'CHECKOUT',
  OFF_SESSION = 'OFF_SESSION',
}

/** What the money is for: the session itself, or a policy fee (no-show, late cancel or reschedule) beyond what was paid. */
export enum PaymentPurpose {
  SESSION = 'SESSION',
  FEE = 'FEE',
}

/**
 * One attempt to pay for a booking: a Checkout Session and, once paid, its
 * PaymentIntent and charge. Amounts in cents, mirrored from Stripe by the
 * webhook handlers (which re-read Stripe, so order and repeats do not matter).
 */
@Entity({ tableName: 'payments' })
@Unique({ name: 'payments_checkout_session_id_unique', properties: ['checkoutSessionId'] })
@Unique({ name: 'payments_payment_intent_id_unique', properties: ['paymentIntentId'] })
@Unique({ name: 'payments_booking_attempt_unique', properties: ['booking', 'attempt'] })
@Check({ name: 'payments_amounts', expression: '((amount_minor > 0) AND (application_fee_minor >= 0) AND (application_fee_minor <= amount_minor))' })
@Check({
  name: 'payments_refunds',
  expression: '((refunded_minor >= 0) AND (refunded_minor <= amount_minor) AND (application_fee_refunded_minor >= 0) AND (application_fee_refunded_minor <= application_fee_minor) AND (application_fee_refunded_minor <= refunded_minor))',
})
@Check({ name: 'payments_paid_has_intent', expression: "(((status = 'OPEN'::payment_status) OR (status = 'EXPIRED'::payment_status)) OR (payment_intent_id IS NOT NULL))" })
@Check({ name: 'payments_currency', expression: "(currency ~ '^[a-z]{3}$'::text)" })
// The admins' payment issues (ledger): disputes and declines only, latest first.
@Index({ name: 'payments_issues_index', expression: `create index "payments_issues_index" on "payments" ("updated_at" desc) where (disputed or (last_error is not null))` })
@Check({ name: 'payments_checkout_fields', expression: "((kind = 'CHECKOUT'::payment_kind) = (checkout_session_id IS NOT NULL))" })
@Check({ name: 'payments_off_session_has_intent', expression: "((kind = 'CHECKOUT'::payment_kind) OR (payment_intent_id IS NOT NULL))" })
export class Payment {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'status' | 'paymentIntentId' | 'chargeId' | 'refundedMinor' | 'applicationFeeRefundedMinor' | 'disputed' | 'lastError' | 'kind' | 'purpose' | 'checkoutSessionId' | 'checkoutUrl';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Booking, { deleteRule: 'restrict' })
  @Index({ name: 'payments_booking_id_index' })
  booking!: Booking;

  /** 1 for the first Checkout Session of the booking; the idempotency key includes it. */
  @Property({ type: 'smallint' })
  attempt!: number;

  @Enum({ items: () => PaymentKind, nativeEnumName: 'payment_kind' })
  kind: PaymentKind = PaymentKind.CHECKOUT;

  @Enum({ items: () => PaymentPurpose, nativeEnumName: 'payment_purpose' })
  purpose: PaymentPurpose = PaymentPurpose.SESSION;

  /** Null for an off-session charge. */
  @Property({ type: 'text', nullable: true })
  checkoutSessionId: string | null = null;

  /** Where the client pays while the session is open (Stripe drops it once complete: an adopted session may have none). */
  @Property({ type: 'text', nullable: true })
  checkoutUrl: string | null = null;

  @Property({ type: 'text', nullable: true })
  paymentIntentId: string | null = null;

  @Property({ type: 'text', nullable: true })
  chargeId: string | null = null;

  @Property({ type: 'integer' })
  amountMinor!: number;

  /** The platform's application fee within amountMinor. */
  @Property({ type: 'integer' })
  applicationFeeMinor!: number;

  @Property({ type: 'integer' })
  refundedMinor: number = 0;

  @Property({ type: 'integer' })
  applicationFeeRefundedMinor: number = 0;

  @Property({ type: 'text' })
  currency!: string;

  @Enum({ items: () => PaymentStatus, nativeEnumName: 'payment_status' })
  status: PaymentStatus = PaymentStatus.OPEN;

  /** A dispute was opened on the charge: admins look at it. */
  @Property({ type: 'boolean' })
  disputed: boolean = false;

  /** The last decline or failure, as Stripe worded it for the customer (no card data). */
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
