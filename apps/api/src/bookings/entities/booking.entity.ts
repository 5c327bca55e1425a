import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { User } from '../../auth/entities/user.entity';
import { SessionType } from '../../availability/entities/session-type.entity';
import { SessionFormat, TherapistProfile } from '../../therapists/entities/therapist-profile.entity';
import { BookingSeries } from './booking-series.entity';

/** The six statuses of the contract (libs/domain booking-status.ts decides every change between them). */
export enum BookingStatus {
  HELD = 'HELD',
  CONFIRMED = 'CONFIRMED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  NO_SHOW = 'NO_SHOW',
  EXPIRED = 'EXPIRED',
}

/** Who ended or changed a booking; SYSTEM is Rapport itself (a lapsed payment, a suspended therapist). */
export enum BookingActor {
  CLIENT = 'CLIENT',
  THERAPIST = 'THERAPIST',
  ADMIN = 'ADMIN',
  SYSTEM = 'SYSTEM',
}

/** Whether money is owed for the booking; the payments module owns the details (Payment rows). */
export enum BookingPaymentStatus {
  /** A free session: nothing to pay. */
  NOT_REQUIRED = 'NOT_REQUIRED',
  /** Payment started and not yet reported by the gateway. */
  PENDING = 'PENDING',
  PAID = 'PAID',
  /** A far session: confirmed with the client's card saved; charged off-session before it starts (payments/far-sessions). */
  CARD_SAVED = 'CARD_SAVED',
  /** A far session whose off-session charge was declined or needs the client: they pay on the pay-now page before the deadline, or it is cancelled. */
  PAYMENT_DUE = 'PAYMENT_DUE',
}

/**
 * One session in a therapist's calendar. Double booking is impossible in the
 * database: `bookings_no_overlap` (hand-written in the migration, the ORM does
 * not model it) excludes two HELD/CONFIRMED rows of one therapist whose
 * blocked ranges (buffers included) overlap.
 */
@Entity({ tableName: 'bookings' })
@Unique({ name: 'bookings_client_idempotency_key_unique', properties: ['client', 'idempotencyKey'] })
@Index({ name: 'bookings_therapist_starts_at_index', properties: ['therapist', 'startsAt'] })
@Index({ name: 'bookings_client_starts_at_index', properties: ['client', 'startsAt'] })
// Written here as in the migration so the schema check knows them; the ORM cannot model either.
@Index({
  name: 'bookings_no_overlap',
  expression: `alter table "bookings" add constraint "bookings_no_overlap" exclude using gist (therapist_id with =, blocked_range with &&) where (status in ('HELD', 'CONFIRMED'))`,
})
@Index({ name: 'bookings_live_holds_index', expression: `create index "bookings_live_holds_index" on "bookings" ("hold_expires_at") where (status = 'HELD')` })
@Check({ name: 'bookings_ends_after_start', expression: '(ends_at > starts_at)' })
@Check({ name: 'bookings_blocked_range_covers_session', expression: '(blocked_range @> tstzrange(starts_at, ends_at))' })
@Check({ name: 'bookings_price', expression: '(((price_minor >= 0) AND (platform_fee_minor >= 0)) AND (platform_fee_minor <= price_minor))' })
@Check({ name: 'bookings_currency', expression: "(currency ~ '^[a-z]{3}$'::text)" })
@Check({ name: 'bookings_held_has_expiry', expression: "((status <> 'HELD'::booking_status) OR (hold_expires_at IS NOT NULL))" })
@Check({ name: 'bookings_cancelled_has_actor', expression: "((status = 'CANCELLED'::booking_status) = ((cancelled_by IS NOT NULL) AND (cancelled_at IS NOT NULL)))" })
@Check({
  name: 'bookings_cancellation_amounts',
  expression: '(((cancellation_fee_minor IS NULL) OR ((cancellation_fee_minor >= 0) AND (cancellation_fee_minor <= price_minor))) AND ((refund_minor IS NULL) OR ((refund_minor >= 0) AND (refund_minor <= price_minor))))',
})
@Check({ name: 'bookings_free_late_reschedules', expression: '(free_late_reschedules_used >= 0)' })
export class Booking {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'series' | 'holdExpiresAt' | 'cancelledBy' | 'cancelledAt' | 'cancelReason'
    | 'cancellationFeeMinor' | 'refundMinor' | 'idempotencyKey' | 'freeLateReschedulesUsed' | 'currency' | 'paymentStatus' | 'videoRoomId';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => TherapistProfile, { deleteRule: 'restrict' })
  therapist!: TherapistProfile;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  client!: User;

  @ManyToOne(() => SessionType, { deleteRule: 'restrict' })
  sessionType!: SessionType;

  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  @Property({ type: 'timestamptz' })
  endsAt!: Date;

  /** `[startsAt − buffer before, endsAt + buffer after)` as a tstzrange literal; see blockedRangeOf. */
  @Property({ columnType: 'tstzrange', type: 'string' })
  blockedRange!: string;

  @Enum({ items: () => BookingStatus, nativeEnumName: 'booking_status' })
  status!: BookingStatus;

  /** While HELD: the slot is kept until this instant (exclusive), then the hold lapses. */
  @Property({ type: 'timestamptz', nullable: true })
  holdExpiresAt: Date | null = null;

  @ManyToOne(() => BookingSeries, { nullable: true, deleteRule: 'set null' })
  @Index({ name: 'bookings_series_id_index' })
  series: BookingSeries | null = null;

  /** The session type's price when booked, in cents. */
  @Property({ type: 'integer' })
  priceMinor!: number;

  /** Rapport's share of the price (application fee), in cents. */
  @Property({ type: 'integer' })
  platformFeeMinor!: number;

  @Property({ type: 'text' })
  currency: string = 'usd';

  @Enum({ items: () => SessionFormat, nativeEnumName: 'booking_format' })
  format!: SessionFormat;

  @Enum({ items: () => BookingPaymentStatus, nativeEnumName: 'booking_payment_status' })
  paymentStatus: BookingPaymentStatus = BookingPaymentStatus.NOT_REQUIRED;

  @Enum({ items: () => BookingActor, nativeEnumName: 'booking_actor', nullable: true })
  cancelledBy: BookingActor | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null = null;

  /** Written for the other party to read. */
  @Property({ type: 'text', nullable: true })
  cancelReason: string | null = null;

  /** What the cancellation cost the client (the policy's fee), in cents. */
  @Property({ type: 'integer', nullable: true })
  cancellationFeeMinor: number | null = null;

  /** What goes back to the client, in cents. */
  @Property({ type: 'integer', nullable: true })
  refundMinor: number | null = null;

  /** Late reschedules that were free under FREE_LATE_RESCHEDULES; travels with the booking across moves. */
  @Property({ type: 'smallint' })
  freeLateReschedulesUsed: number = 0;

  /**
   * The private video room Rapport makes for this booking (VIDEO_ROOM_BASE_URL +
   * this id) when the session type has no link of its own: 122 random bits, so
   * nobody finds it by guessing; shown only to the two parties.
   */
  @Property({ type: 'uuid' })
  videoRoomId: string = randomUUID();

  /** The client's key for this request (a double click is one hold); null for a series' occurrences. */
  @Property({ type: 'text', nullable: true })
  idempotencyKey: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
