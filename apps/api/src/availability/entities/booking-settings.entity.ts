import { Check, Entity, OneToOne, OptionalProps, Property } from '@mikro-orm/postgresql';
import { CANCELLATION_POLICY_LIMITS as POLICY, checkWithin, DEFAULT_CANCELLATION_POLICY, SLOT_SETTINGS_BOUNDS as BOUNDS } from '@rapport/domain';
import { TherapistProfile } from '../../therapists/entities/therapist-profile.entity';

/** How a therapist's calendar turns into bookable slots. One row per therapist, created with defaults. */
@Entity({ tableName: 'booking_settings' })
// Built from the domain's bounds: a change there shows up as a schema diff until a migration follows.
@Check({ name: 'booking_settings_buffers', expression: `(${checkWithin('buffer_before_minutes', BOUNDS.bufferBeforeMinutes)} AND ${checkWithin('buffer_after_minutes', BOUNDS.bufferAfterMinutes)})` })
@Check({ name: 'booking_settings_notice', expression: checkWithin('minimum_notice_minutes', BOUNDS.minimumNoticeMinutes) })
@Check({ name: 'booking_settings_horizon', expression: checkWithin('horizon_days', BOUNDS.horizonDays) })
@Check({ name: 'booking_settings_daily_cap', expression: `((max_sessions_per_day IS NULL) OR ${checkWithin('max_sessions_per_day', BOUNDS.maxSessionsPerDay)})` })
@Check({ name: 'booking_settings_slot_step', expression: checkWithin('slot_step_minutes', BOUNDS.slotStepMinutes) })
@Check({ name: 'booking_settings_cancellation_window', expression: checkWithin('cancellation_window_hours', POLICY.cancellationWindowHours) })
@Check({ name: 'booking_settings_late_cancel_fee', expression: checkWithin('late_cancel_fee_percent', POLICY.lateCancelFeePercent) })
@Check({ name: 'booking_settings_no_show_fee', expression: checkWithin('no_show_fee_percent', POLICY.noShowFeePercent) })
export class BookingSettings {
  [OptionalProps]?:
    | 'bufferBeforeMinutes'
    | 'bufferAfterMinutes'
    | 'minimumNoticeMinutes'
    | 'horizonDays'
    | 'maxSessionsPerDay'
    | 'slotStepMinutes'
    | 'cancellationWindowHours'
    | 'lateCancelFeePercent'
    | 'noShowFeePercent'
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

  /** Free to cancel or reschedule until this many hours before the start. */
  @Property({ type: 'smallint' })
  cancellationWindowHours: number = DEFAULT_CANCELLATION_POLICY.cancellationWindowHours;

  /** Percent of the price kept when the client cancels later than the window. */
  @Property({ type: 'smallint' })
  lateCancelFeePercent: number = DEFAULT_CANCELLATION_POLICY.lateCancelFeePercent;

  /** Percent of the price kept when the client misses the session. */
  @Property({ type: 'smallint' })
  noShowFeePercent: number = DEFAULT_CANCELLATION_POLICY.noShowFeePercent;

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
