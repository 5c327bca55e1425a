import { Check, Entity, OneToOne, OptionalProps, Property } from '@mikro-orm/postgresql';
import { TherapistProfile } from '../../therapists/entities/therapist-profile.entity';

/** How a therapist's calendar turns into bookable slots. One row per therapist, created with defaults. */
@Entity({ tableName: 'booking_settings' })
@Check({ name: 'booking_settings_buffers', expression: '(((buffer_before_minutes >= 0) AND (buffer_before_minutes <= 240)) AND ((buffer_after_minutes >= 0) AND (buffer_after_minutes <= 240)))' })
@Check({ name: 'booking_settings_notice', expression: '((minimum_notice_minutes >= 0) AND (minimum_notice_minutes <= 43200))' })
@Check({ name: 'booking_settings_horizon', expression: '((horizon_days >= 1) AND (horizon_days <= 366))' })
@Check({ name: 'booking_settings_daily_cap', expression: '((max_sessions_per_day IS NULL) OR ((max_sessions_per_day >= 1) AND (max_sessions_per_day <= 24)))' })
@Check({ name: 'booking_settings_slot_step', expression: '((slot_step_minutes >= 5) AND (slot_step_minutes <= 240))' })
export class BookingSettings {
  [OptionalProps]?:
    | 'bufferBeforeMinutes'
    | 'bufferAfterMinutes'
    | 'minimumNoticeMinutes'
    | 'horizonDays'
    | 'maxSessionsPerDay'
    | 'slotStepMinutes'
    | 'updatedAt';

  @OneToOne(() => TherapistProfile, { primary: true, owner: true, deleteRule: 'cascade' })
  therapist!: TherapistProfile;

  /** IANA zone the weekly rules and overrides are written in. */
  @Property({ type: 'text' })
  timeZone!: string;

  @Property({ type: 'smallint' })
  bufferBeforeMinutes: number = 0;

  @Property({ type: 'smallint' })
  bufferAfterMinutes: number = 10;

  @Property({ type: 'integer' })
  minimumNoticeMinutes: number = 24 * 60;

  @Property({ type: 'smallint' })
  horizonDays: number = 60;

  @Property({ type: 'smallint', nullable: true })
  maxSessionsPerDay: number | null = null;

  @Property({ type: 'smallint' })
  slotStepMinutes: number = 30;

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
