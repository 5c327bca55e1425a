import { EntityManager } from '@mikro-orm/postgresql';
import type { DateOverride as DomainOverride, SlotSettings, WeeklyRule as DomainRule, BusyInterval } from '@rapport/domain';
import { formatLocalTime } from '@rapport/domain';
import { BookingSettings } from './entities/booking-settings.entity';
import { DateOverride } from './entities/date-override.entity';
import { ExternalBusyTime } from './entities/external-busy-time.entity';
import { WeeklyRule } from './entities/weekly-rule.entity';

export interface TherapistSchedule {
  timeZone: string;
  settings: SlotSettings;
  rules: DomainRule[];
  overrides: DomainOverride[];
  busy: BusyInterval[];
}

/**
 * Loads everything the slot engine needs for many therapists with a fixed
 * number of statements (four), whatever the number of therapists.
 * Therapists without booking settings have no schedule.
 */
export async function loadSchedules(
  em: EntityManager,
  therapistIds: string[],
  range: { from: Date; to: Date; fromDate: string; toDate: string },
): Promise<Map<string, TherapistSchedule>> {
  const schedules = new Map<string, TherapistSchedule>();
  if (therapistIds.length === 0) return schedules;
  const [settingsRows, ruleRows, overrideRows, busyRows] = await Promise.all([
    em.find(BookingSettings, { therapist: { $in: therapistIds } }),
    em.find(WeeklyRule, { therapist: { $in: therapistIds } }),
    em.find(DateOverride, { therapist: { $in: therapistIds }, date: { $gte: range.fromDate, $lte: range.toDate } }),
    em.find(ExternalBusyTime, { therapist: { $in: therapistIds }, startsAt: { $lt: range.to }, endsAt: { $gt: range.from } }),
  ]);
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
  // Bookings and holds join this list when the bookings module lands (countsTowardDailyCap: true).
  for (const busy of busyRows) {
    schedules.get(busy.therapist.id)?.busy.push({ start: busy.startsAt, end: busy.endsAt, countsTowardDailyCap: false });
  }
  return schedules;
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
