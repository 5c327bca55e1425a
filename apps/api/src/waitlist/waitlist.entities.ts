import { randomUUID } from 'node:crypto';
import { Check, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import type { WaitlistPreferences } from '@rapport/domain';
import { User } from '../auth/entities/user.entity';
import { SessionType } from '../availability/entities/session-type.entity';
import { Booking } from '../bookings/entities/booking.entity';
import { TherapistProfile } from '../therapists/entities/therapist-profile.entity';

/** The days and times a waiting client can come (libs/domain WaitlistPreferences, less the session type kept in its column). */
export type StoredWaitlistPreferences = Omit<WaitlistPreferences, 'sessionTypeId'>;

/** A client waiting for a time with a therapist. One open entry per client and therapist; leaving (or booking) closes it. */
@Entity({ tableName: 'waitlist_entries' })
@Index({
  name: 'waitlist_entries_open_unique',
  expression: `create unique index "waitlist_entries_open_unique" on "waitlist_entries" ("client_id", "therapist_id") where (closed_at is null)`,
})
@Index({ name: 'waitlist_entries_therapist_joined_index', properties: ['therapist', 'joinedAt'] })
@Check({ name: 'waitlist_entries_closed', expression: "((closed_at IS NULL) = (closed_reason IS NULL)) AND ((closed_reason IS NULL) OR (closed_reason = ANY (ARRAY['LEFT'::text, 'BOOKED'::text])))" })
export class WaitlistEntry {
  [OptionalProps]?: 'closedAt' | 'closedReason' | 'sessionType';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  client!: User;

  @ManyToOne(() => TherapistProfile, { deleteRule: 'cascade' })
  therapist!: TherapistProfile;

  /** Null: any of the therapist's session types. */
  @ManyToOne(() => SessionType, { nullable: true, deleteRule: 'cascade' })
  sessionType: SessionType | null = null;

  @Property({ type: 'jsonb' })
  preferences!: StoredWaitlistPreferences;

  /** Where the client will be for sessions (licensing is checked again when a slot is offered). */
  @Property({ type: 'text' })
  jurisdiction!: string;

  @Property({ type: 'timestamptz' })
  joinedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  /** LEFT (the client left) or BOOKED (an offer was confirmed). */
  @Property({ type: 'text', nullable: true })
  closedReason: string | null = null;
}

/** A slot offered to an entry as a HELD booking; the next entry is offered the slot once this hold lapses. */
@Entity({ tableName: 'waitlist_offers' })
@Unique({ name: 'waitlist_offers_entry_slot_unique', properties: ['entry', 'slotStartsAt'] })
@Unique({ name: 'waitlist_offers_booking_unique', properties: ['booking'] })
@Index({ name: 'waitlist_offers_therapist_slot_index', properties: ['therapist', 'slotStartsAt'] })
export class WaitlistOffer {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => WaitlistEntry, { deleteRule: 'cascade' })
  entry!: WaitlistEntry;

  @ManyToOne(() => Booking, { deleteRule: 'cascade' })
  booking!: Booking;

  @ManyToOne(() => TherapistProfile, { deleteRule: 'cascade' })
  therapist!: TherapistProfile;

  @Property({ type: 'timestamptz' })
  slotStartsAt!: Date;

  @Property({ type: 'timestamptz' })
  offeredAt!: Date;
}
