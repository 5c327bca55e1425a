// Calendar dates ('YYYY-MM-DD') and wall-clock times in a named IANA zone, through
// the domain's one date wrapper (@rapport/domain/time): the browser's own zone never
// leaks in, and local time ↔ UTC is converted in one place for API and web alike.
import { addDays as addLocalDays, formatLocalDate, localDateOf, localDateTimeToInstant, parseLocalTime, weekdayOf } from '@rapport/domain/time';

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

const SHORT_DAY = { weekday: 'short', day: 'numeric', month: 'short' } as const;
const LONG_DAY = { weekday: 'long', day: 'numeric', month: 'long' } as const;
const LONG_DATE = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;

/** '2026-03-10' → 'Tue 10 Mar'. */
export function formatShortDay(date: string): string {
  return formatLocalDate(date, SHORT_DAY, 'en-GB');
}

/** '2026-03-10' → 'Tuesday 10 March'. */
export function formatLongDay(date: string): string {
  return formatLocalDate(date, LONG_DAY, 'en-GB');
}

/** '2026-03-10' → 'Tuesday 10 March 2026'. */
export function formatLongDate(date: string): string {
  return formatLocalDate(date, LONG_DATE, 'en-GB');
}
