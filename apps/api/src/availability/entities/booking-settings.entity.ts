import { Check, Entity, OneToOne, OptionalProps, Property } from '@mikro-orm/postgresql';
import { checkWithin, SLOT_SETTINGS_BOUNDS as BOUNDS } from '@rapport/domain';
import { TherapistProfile } from '../../therapists/entities/therapist-profile.entity';

/** How a therapist's calendar turns into bookable slots. One row per therapist, created with defaults. */
@Entity({ tableName: 'booking_settings' })
// Built from the domain's bounds: a change there shows up as a schema diff until a migration follows.
@Check({ name: 'booking_settings_buffers', expression: `(${checkWithin('buffer_before_minutes', BOUNDS.bufferBeforeMinutes)} AND ${checkWithin('buffer_after_minutes', BOUNDS.bufferAfterMinutes)})` })
@Check({ name: 'booking_settings_notice', expression: checkWithin('minimum_notice_minutes', BOUNDS.minimumNoticeMinutes) })
@Check({ name: 'booking_settings_horizon', expression: checkWithin('horizon_days', BOUNDS.horizonDays) })
@Check({ name: 'booking_settings_daily_cap', expression: `((max_sessions_per_day IS NULL) OR ${checkWithin('max_sessions_per_day', BOUNDS.maxSessionsPerDay)})` })
@Check({ name: 'booking_settings_slot_step', expression: checkWithin('slot_step_minutes', BOUNDS.slotStepMinutes) })
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
