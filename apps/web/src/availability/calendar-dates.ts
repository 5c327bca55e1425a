// Calendar dates ('YYYY-MM-DD') and wall-clock times in a named IANA zone, through
// the domain's one date wrapper (@rapport/domain/time): the browser's own zone never
// leaks in, and local time ↔ UTC is converted in one place for API and web alike.
import { addDays as addLocalDays, localDateOf, localDateTimeToInstant, parseLocalTime, weekdayOf } from '@rapport/domain/time';

export function addDays(date: string, days: number): string {
  return addLocalDays(date, days);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return weekdayOf(date);
}

/** The Monday on or before `date`. */
export function startOfWeek(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** The calendar date an instant falls on in `timeZone`. */
export function dateInZone(instant: Date, timeZone: string): string {
  return localDateOf(instant, timeZone);
}

/** The instant at which clocks in `timeZone` show `date` at `time` ('HH:mm'); for a skipped time, the moment the clocks jumped. */
export function instantInZone(date: string, timeZone: string, time = '00:00'): Date {
  return localDateTimeToInstant(date, parseLocalTime(time), timeZone).instant;
}
