/**
 * Dates and times as people read them ("June 30, 2030", "Wed, Mar 4, 9:00 AM").
 * Wall-clock values are rendered exactly as written; an instant is first turned
 * into its wall clock in a zone by zone.ts, so no other code converts zones.
 */
import { dayNumberOf, MS_PER_DAY, MS_PER_MINUTE } from './local-date';
import { MINUTES_PER_DAY } from './local-time';
import { localDateTimeOf } from './zone';

/** Intl's date and time fields; the zone is never Intl's business here. */
export type DisplayFormat = Omit<Intl.DateTimeFormatOptions, 'timeZone' | 'timeZoneName'>;

// One formatter per locale and format (formats come from code, so the map stays small).
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string, format: DisplayFormat): Intl.DateTimeFormat {
  const key = `${locale}\u0000${JSON.stringify(format)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // The wall clock is written as a UTC instant and formatted in UTC, so nothing shifts it.
    formatter = new Intl.DateTimeFormat(locale, { ...format, timeZone: 'UTC', timeZoneName: undefined });
    if (formatters.size < 200) formatters.set(key, formatter);
  }
  return formatter;
}

/** A local date ('YYYY-MM-DD'), with an optional wall-clock time in minutes, as people read it. */
export function formatLocalDateTime(localDate: string, minutesOfDay: number, format: DisplayFormat, locale = 'en-US'): string {
  if (!Number.isInteger(minutesOfDay) || minutesOfDay < 0 || minutesOfDay >= MINUTES_PER_DAY) {
    throw new RangeError(`Expected whole minutes from 0 to ${MINUTES_PER_DAY - 1}, got ${minutesOfDay}`);
  }
  return formatterFor(locale, format).format(dayNumberOf(localDate) * MS_PER_DAY + minutesOfDay * MS_PER_MINUTE);
}

/** A local date as people read it, e.g. formatLocalDate('2030-06-30', { dateStyle: 'long' }) → "June 30, 2030". */
export function formatLocalDate(localDate: string, format: DisplayFormat, locale = 'en-US'): string {
  return formatLocalDateTime(localDate, 0, format, locale);
}

/** An instant as clocks in `timeZone` show it, e.g. "Jun 30, 2030, 4:05 PM". */
export function formatInstant(instant: Date, timeZone: string, format: DisplayFormat, locale = 'en-US'): string {
  const { localDate, minutesOfDay } = localDateTimeOf(instant, timeZone);
  return formatLocalDateTime(localDate, minutesOfDay, format, locale);
}
