import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { TherapistProfile } from '../../therapists/entities/therapist-profile.entity';

export enum CalendarSource {
  FEED = 'FEED',
  UPLOAD = 'UPLOAD',
}

/** A therapist's other calendar (an iCalendar feed URL or an uploaded .ics) whose events block slots. */
@Entity({ tableName: 'external_calendars' })
@Check({ name: 'external_calendars_feed_has_url', expression: "((source <> 'FEED'::calendar_source) OR (feed_url IS NOT NULL))" })
export class ExternalCalendar {
  [OptionalProps]?: 'createdAt' | 'feedUrl' | 'lastSyncedAt' | 'lastError';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => TherapistProfile, { deleteRule: 'cascade' })
  @Index({ name: 'external_calendars_therapist_id_index' })
  therapist!: TherapistProfile;

  @Enum({ items: () => CalendarSource, nativeEnumName: 'calendar_source' })
  source!: CalendarSource;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  feedUrl: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  lastSyncedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
