import { randomUUID } from 'node:crypto';
import { Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { TherapistProfile } from '../../therapists/entities/therapist-profile.entity';
import { ExternalCalendar } from './external-calendar.entity';

/** One busy interval from an external calendar (recurring events stored expanded). */
@Entity({ tableName: 'external_busy_times' })
@Index({ name: 'external_busy_times_therapist_range_index', properties: ['therapist', 'startsAt'] })
@Check({ name: 'external_busy_times_range', expression: '(starts_at < ends_at)' })
export class ExternalBusyTime {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ExternalCalendar, { deleteRule: 'cascade' })
  calendar!: ExternalCalendar;

  @ManyToOne(() => TherapistProfile, { deleteRule: 'cascade', index: false })
  therapist!: TherapistProfile;

  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  @Property({ type: 'timestamptz' })
  endsAt!: Date;
}
