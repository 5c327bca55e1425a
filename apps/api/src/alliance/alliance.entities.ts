import { randomUUID } from 'node:crypto';
import { Check, Entity, Index, ManyToOne, OneToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { User } from '../auth/entities/user.entity';
import { Booking } from '../bookings/entities/booking.entity';
import { TherapistProfile } from '../therapists/entities/therapist-profile.entity';

const ITEM_RANGE = (column: string) => `((${column} >= 0) AND (${column} <= 10))`;

/** How a session felt (libs/domain alliance: four items 0–10), once per completed booking, among the client's first three with the therapist. */
@Entity({ tableName: 'alliance_ratings' })
@Index({ name: 'alliance_ratings_therapist_index', properties: ['therapist'] })
@Index({ name: 'alliance_ratings_client_rated_at_index', properties: ['client', 'ratedAt'] })
@Check({ name: 'alliance_ratings_relationship', expression: ITEM_RANGE('relationship') })
@Check({ name: 'alliance_ratings_goals_and_topics', expression: ITEM_RANGE('goals_and_topics') })
@Check({ name: 'alliance_ratings_approach_or_method', expression: ITEM_RANGE('approach_or_method') })
@Check({ name: 'alliance_ratings_overall', expression: ITEM_RANGE('overall') })
export class AllianceRating {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne(() => Booking, { owner: true, deleteRule: 'cascade', unique: 'alliance_ratings_booking_id_unique' })
  booking!: Booking;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  client!: User;

  @ManyToOne(() => TherapistProfile, { deleteRule: 'cascade' })
  therapist!: TherapistProfile;

  @Property({ type: 'smallint' }) relationship!: number;
  @Property({ type: 'smallint' }) goalsAndTopics!: number;
  @Property({ type: 'smallint' }) approachOrMethod!: number;
  @Property({ type: 'smallint' }) overall!: number;

  @Property({ type: 'boolean', fieldName: 'not_a_good_fit' })
  notAGoodFit!: boolean;

  /** A low total or "not a good fit": the client was offered a rematch. */
  @Property({ type: 'boolean' })
  rematchOffered!: boolean;

  @Property({ type: 'timestamptz' })
  ratedAt!: Date;
}

/**
 * The client's explicit consent, after a rematch offer, to let the next
 * therapist they book read their intake and scores. Without it, a therapist
 * first booked after the offer cannot.
 */
@Entity({ tableName: 'health_data_sharing_consents' })
@Index({ name: 'health_data_sharing_consents_client_index', properties: ['client', 'givenAt'] })
export class HealthDataSharingConsent {
  [OptionalProps]?: 'withdrawnAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  client!: User;

  /** The rating whose rematch offer this answers. */
  @ManyToOne(() => AllianceRating, { deleteRule: 'cascade' })
  rating!: AllianceRating;

  @Property({ type: 'timestamptz' })
  givenAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null = null;
}
