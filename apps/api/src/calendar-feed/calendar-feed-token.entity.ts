import { Entity, OneToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { TherapistProfile } from '../therapists/entities/therapist-profile.entity';

/**
 * A therapist's private calendar feed: GET /calendar/<token>.ics. Found by the
 * token's SHA-256 (the plain token is never a lookup key); the token itself is
 * kept sealed (common/encryption) only so the owner can be shown the URL again.
 * Rotating replaces the row: the old URL stops working at once.
 */
@Entity({ tableName: 'calendar_feed_tokens' })
@Unique({ name: 'calendar_feed_tokens_token_hash_unique', properties: ['tokenHash'] })
export class CalendarFeedToken {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @OneToOne(() => TherapistProfile, { owner: true, deleteRule: 'cascade', unique: 'calendar_feed_tokens_therapist_id_unique' })
  therapist!: TherapistProfile;

  @Property({ type: 'text' })
  tokenHash!: string;

  /** Sealed with this row's id (format v2): the URL can be shown to its owner, never moved to another row. */
  @Property({ type: 'text' })
  sealedToken!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
