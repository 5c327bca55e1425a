import { randomUUID } from 'node:crypto';
import { Check, Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { User } from '../../auth/entities/user.entity';
import { SessionType } from '../../availability/entities/session-type.entity';
import { TherapistProfile } from '../../therapists/entities/therapist-profile.entity';

/** A weekly (or every other week) standing appointment; each occurrence is a Booking pointing here. */
@Entity({ tableName: 'booking_series' })
@Unique({ name: 'booking_series_client_idempotency_key_unique', properties: ['client', 'idempotencyKey'] })
@Check({ name: 'booking_series_interval', expression: '(interval_weeks = ANY (ARRAY[1, 2]))' })
@Check({ name: 'booking_series_occurrences', expression: '((occurrences >= 1) AND (occurrences <= 26))' })
export class BookingSeries {
  [OptionalProps]?: 'createdAt' | 'cancelledAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => TherapistProfile, { deleteRule: 'restrict' })
  therapist!: TherapistProfile;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  client!: User;

  @ManyToOne(() => SessionType, { deleteRule: 'restrict' })
  sessionType!: SessionType;

  /** The first occurrence as asked for; later ones keep its wall-clock time in `timeZone`. */
  @Property({ type: 'timestamptz' })
  firstStartsAt!: Date;

  /** 'HH:mm' in the therapist's zone. */
  @Property({ type: 'text' })
  localStartTime!: string;

  @Property({ type: 'text' })
  timeZone!: string;

  @Property({ type: 'smallint' })
  intervalWeeks!: number;

  /** Occurrences asked for (some may have been conflicts). */
  @Property({ type: 'smallint' })
  occurrences!: number;

  @Property({ type: 'text' })
  idempotencyKey!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
