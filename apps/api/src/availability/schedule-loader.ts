import { EntityManager } from '@mikro-orm/postgresql';
import type { CancellationPolicy, DateOverride as DomainOverride, SlotSettings, WeeklyRule as DomainRule, BusyInterval } from '@rapport/domain';
import { formatLocalTime } from '@rapport/domain';
import { BookingSettings } from './entities/booking-settings.entity';
import { DateOverride } from './entities/date-override.entity';
import { ExternalBusyTime } from './entities/external-busy-time.entity';
import { WeeklyRule } from './entities/weekly-rule.entity';
import { loadBookedRanges } from '../bookings/booked-time';

export interface TherapistSchedule {
  timeZone: string;
  settings: SlotSettings;
  rules: DomainRule[];
  overrides: DomainOverride[];
  busy: BusyInterval[];
}

/**
 * Loads everything the slot engine needs for many therapists with a fixed
 * number of statements (five), whatever the number of therapists. Bookings
 * and live holds are busy time (their blocked ranges, buffers included);
 * `excludeBookingIds` leaves some out (a booking being moved does not block itself).
 * Therapists without booking settings have no schedule.
 */
export async function loadSchedules(
  em: EntityManager,
  therapistIds: string[],
  range: { from: Date; to: Date; fromDate: string; toDate: string; now: Date; excludeBookingIds?: readonly string[] },
): Promise<Map<string, TherapistSchedule>> {
  const schedules = new Map<string, TherapistSchedule>();
  if (therapistIds.length === 0) return schedules;
  const reads = [
    () => em.find(BookingSettings, { therapist: { $in: therapistIds } }),
    () => em.find(WeeklyRule, { therapist: { $in: therapistIds } }),
    () => em.find(DateOverride, { therapist: { $in: therapistIds }, date: { $gte: range.fromDate, $lte: range.toDate } }),
    () => em.find(ExternalBusyTime, { therapist: { $in: therapistIds }, startsAt: { $lt: range.to }, endsAt: { $gt: range.from } }),
    () => loadBookedRanges(em, therapistIds, range),
  ] as const;
  // Inside a transaction (booking re-checks) there is one connection: one statement after another.
  const [settingsRows, ruleRows, overrideRows, busyRows, bookedRows] = em.isInTransaction()
    ? ([await reads[0](), await reads[1](), await reads[2](), await reads[3](), await reads[4]()] as const)
    : await Promise.all([reads[0](), reads[1](), reads[2](), reads[3](), reads[4]()]);
  for (const settings of settingsRows) {
    schedules.set(settings.therapist.id, {
      timeZone: settings.timeZone,
      settings: toSlotSettings(settings),
      rules: [],
      overrides: [],
      busy: [],
    });
  }
  for (const rule of ruleRows) {
    schedules.get(rule.therapist.id)?.rules.push({
      weekday: rule.weekday as DomainRule['weekday'],
      startLocal: formatLocalTime(rule.startMinute),
      endLocal: formatLocalTime(rule.endMinute),
    });
  }
  for (const override of overrideRows) {
    schedules.get(override.therapist.id)?.overrides.push({ date: override.date, windows: override.windows });
  }
  for (const busy of busyRows) {
    schedules.get(busy.therapist.id)?.busy.push({ start: busy.startsAt, end: busy.endsAt, countsTowardDailyCap: false });
  }
  for (const booked of bookedRows) {
    schedules.get(booked.therapistId)?.busy.push({ start: booked.start, end: booked.end, countsTowardDailyCap: true });
  }
  return schedules;
}

/** The therapist's cancellation policy, as libs/domain's policy functions read it. */
export function cancellationPolicyOf(settings: BookingSettings): CancellationPolicy {
  return {
    cancellationWindowHours: settings.cancellationWindowHours,
    lateCancelFeePercent: settings.lateCancelFeePercent,
    noShowFeePercent: settings.noShowFeePercent,
  };
}

export function toSlotSettings(settings: BookingSettings): SlotSettings {
  return {
    bufferBeforeMinutes: settings.bufferBeforeMinutes,
    bufferAfterMinutes: settings.bufferAfterMinutes,
    minimumNoticeMinutes: settings.minimumNoticeMinutes,
    horizonDays: settings.horizonDays,
    maxSessionsPerDay: settings.maxSessionsPerDay,
    slotStepMinutes: settings.slotStepMinutes,
  };
}
