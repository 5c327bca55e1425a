// Dates as people read them, in US English, through the domain's one date wrapper.
// Calendar dates ("2030-06-30") have no time zone and are formatted as written;
// instants are shown in the viewer's zone.
import { formatInstant as formatInstantInZone, formatLocalDate, hostTimeZone, isValidLocalDate, localDateOf } from '@rapport/domain/time';

/** "2030-06-30" → "June 30, 2030". */
export function formatCalendarDate(isoDate: string): string {
  return isValidLocalDate(isoDate) ? formatLocalDate(isoDate, { dateStyle: 'long' }) : isoDate;
}

/** An instant → "June 30, 2030", in `timeZone` when given (else the browser's). */
export function formatInstantDate(isoInstant: string, timeZone: string = hostTimeZone()): string {
  return formatInstantInZone(new Date(isoInstant), timeZone, { dateStyle: 'long' });
}

/** An instant → "Jun 30, 2030, 4:05 PM". */
export function formatInstant(isoInstant: string, timeZone: string = hostTimeZone()): string {
  return formatInstantInZone(new Date(isoInstant), timeZone, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Today's calendar date in the browser's zone, "YYYY-MM-DD". */
export function todayIsoDate(now: Date = new Date()): string {
  return localDateOf(now, hostTimeZone());
}

/** An instant's time of day → "4:05 PM". */
export function formatTimeOfDay(isoInstant: string, timeZone: string = hostTimeZone()): string {
  return formatInstantInZone(new Date(isoInstant), timeZone, { timeStyle: 'short' });
}

/** A session's start and end → "Mon, Nov 2, 2026, 9:00 AM – 9:50 AM". */
export function formatSessionTime(startsAt: string, endsAt: string, timeZone: string = hostTimeZone()): string {
  const start = formatInstantInZone(new Date(startsAt), timeZone, { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' });
  return `${start} – ${formatTimeOfDay(endsAt, timeZone)}`;
}
