import { randomUUID } from 'node:crypto';
import { Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { TherapistProfile } from '../../therapists/entities/therapist-profile.entity';

/**
 * One working window on a weekday, in the therapist's local time (minutes
 * since midnight). The database refuses overlapping windows on the same day.
 */
@Entity({ tableName: 'weekly_rules' })
// Declared so the schema diff knows it; created by the migration (an exclusion constraint's index).
@Index({
  name: 'weekly_rules_no_overlap',
  expression:
    'alter table "weekly_rules" add constraint "weekly_rules_no_overlap" exclude using gist (therapist_id with =, weekday with =, int4range(start_minute, end_minute) with &&)',
})
@Check({ name: 'weekly_rules_weekday', expression: '((weekday >= 1) AND (weekday <= 7))' })
@Check({ name: 'weekly_rules_window', expression: '(((start_minute >= 0) AND (start_minute < end_minute)) AND (end_minute <= 1440))' })
export class WeeklyRule {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => TherapistProfile, { deleteRule: 'cascade', index: false })
  therapist!: TherapistProfile;

  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  @Property({ type: 'smallint' })
  weekday!: number;

  @Property({ type: 'smallint' })
  startMinute!: number;

  @Property({ type: 'smallint' })
  endMinute!: number;
}
