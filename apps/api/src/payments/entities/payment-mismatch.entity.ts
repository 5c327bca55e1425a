import { Check, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { User } from '../../auth/entities/user.entity';

/**
 * Something reconciliation found in Stripe that it could not repair with the
 * webhook handlers (a charge with no booking here, a refund nobody asked for…).
 * One row per Stripe object and reason; admins resolve it with a note.
 */
@Entity({ tableName: 'payment_mismatches' })
@Unique({ name: 'payment_mismatches_object_reason_unique', properties: ['stripeObjectId', 'reason'] })
@Index({ name: 'payment_mismatches_open_index', expression: `create index "payment_mismatches_open_index" on "payment_mismatches" ("detected_at") where (resolved_at is null)` })
@Check({ name: 'payment_mismatches_resolved', expression: '((resolved_at IS NULL) = (resolved_by_id IS NULL))' })
@Check({ name: 'payment_mismatches_reason', expression: "(reason ~ '^[A-Z_]+$'::text)" })
export class PaymentMismatch {
  [OptionalProps]?: 'bookingId' | 'amountMinor' | 'resolvedAt' | 'resolvedBy' | 'resolutionNote';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The Stripe object (pi_…, cs_…, re_…, dp_…) it is about. */
  @Property({ type: 'text' })
  stripeObjectId!: string;

  /** A stable code: NO_LOCAL_BOOKING, UNKNOWN_REFUND, UNKNOWN_DISPUTE, AMOUNT_DIFFERS. */
  @Property({ type: 'text' })
  reason!: string;

  /** The booking it names, when there is one (no foreign key: it may not exist here). */
  @Property({ type: 'uuid', nullable: true })
  bookingId: string | null = null;

  @Property({ type: 'integer', nullable: true })
  amountMinor: number | null = null;

  /** For admins: what was found, in words (ids and amounts, never card data). */
  @Property({ type: 'text' })
  details!: string;

  @Property({ type: 'timestamptz' })
  detectedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  resolvedBy: User | null = null;

  @Property({ type: 'text', nullable: true })
  resolutionNote: string | null = null;
}
