import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { User } from '../../auth/entities/user.entity';
import { Booking, BookingActor, BookingStatus } from './booking.entity';

/**
 * A booking's history, one row per change (status change or reschedule), for
 * admins and support. Written by BookingsService.changeStatus and reschedule only.
 */
@Entity({ tableName: 'booking_events' })
@Index({ name: 'booking_events_booking_at_index', properties: ['booking', 'at'] })
export class BookingEvent {
  [OptionalProps]?: 'id' | 'fromStatus' | 'actor' | 'note' | 'details';

  /** Increasing in the order changes were written: a transaction's several changes share one `at`. */
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => Booking, { deleteRule: 'cascade' })
  booking!: Booking;

  /** Null when the booking was created. */
  @Enum({ items: () => BookingStatus, nativeEnumName: 'booking_status', nullable: true })
  fromStatus: BookingStatus | null = null;

  @Enum({ items: () => BookingStatus, nativeEnumName: 'booking_status' })
  toStatus!: BookingStatus;

  @Enum({ items: () => BookingActor, nativeEnumName: 'booking_actor' })
  actorRole!: BookingActor;

  /** Null for the system itself. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  actor: User | null = null;

  @Property({ type: 'timestamptz' })
  at!: Date;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  /** Non-sensitive context: old and new times of a reschedule, amounts of a cancellation. */
  @Property({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null = null;
}
