// Every date and time a person reads in the web app is written here, one way, in
// the viewer's locale and zone, through the domain's one date wrapper
// (@rapport/domain/time). Calendar dates ("2030-06-30") and wall-clock times
// ("09:00") have no zone and are formatted as written; instants are shown in the
// viewer's zone (their account's, once signed in; else the browser's) unless a
// caller names another. A guard (apps/api/src/common/one-date-wrapper.spec.ts)
// keeps date formatting out of every other file.
import {
  formatInstant as formatInstantInZone,
  formatLocalDate,
  formatLocalDateTime,
  hostTimeZone,
  isValidLocalDate,
  isValidLocalTime,
  isValidTimeZone,
  localDateOf,
  MINUTES_PER_DAY,
  parseLocalTime,
  type DisplayFormat,
} from '@rapport/domain/time';

const FALLBACK_LOCALE = 'en-US';
let signedInTimeZone: string | null = null;

/** The zone instants are shown in: the signed-in person's own, set by MeProvider; null when signed out. */
export function setViewerTimeZone(timeZone: string | null): void {
  signedInTimeZone = timeZone && isValidTimeZone(timeZone) ? timeZone : null;
}

export function viewerTimeZone(): string {
  return signedInTimeZone ?? hostTimeZone();
}

/** The browser's preferred language, when it names a valid locale; else US English. */
export function viewerLocale(): string {
  const preferred = typeof navigator === 'undefined' ? undefined : (navigator.languages?.[0] ?? navigator.language);
  if (!preferred) return FALLBACK_LOCALE;
  try {
    return Intl.getCanonicalLocales(preferred)[0] ?? FALLBACK_LOCALE;
  } catch {
    return FALLBACK_LOCALE;
  }
}

// The formats, named once: a day, a date, a time, and the two together.
const SHORT_DAY: DisplayFormat = { weekday: 'short', month: 'short', day: 'numeric' };
const LONG_DAY: DisplayFormat = { weekday: 'long', month: 'long', day: 'numeric' };
const LONG_WEEKDAY_DATE: DisplayFormat = { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' };
const MONTH_DAY: DisplayFormat = { month: 'short', day: 'numeric' };
const DATE: DisplayFormat = { dateStyle: 'long' };
const TIME: DisplayFormat = { timeStyle: 'short' };
const HOUR: DisplayFormat = { hour: 'numeric' };
const DATE_TIME: DisplayFormat = { dateStyle: 'medium', timeStyle: 'short' };
const LONG_DATE_TIME: DisplayFormat = { dateStyle: 'long', timeStyle: 'short' };
const SLOT: DisplayFormat = { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' };
const LONG_SLOT: DisplayFormat = { weekday: 'long', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' };
const SESSION_START: DisplayFormat = { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' };

function instant(isoInstant: string, timeZone: string, format: DisplayFormat): string {
  return formatInstantInZone(new Date(isoInstant), timeZone, format, viewerLocale());
}

function calendarDate(isoDate: string, format: DisplayFormat): string {
  return isValidLocalDate(isoDate) ? formatLocalDate(isoDate, format, viewerLocale()) : isoDate;
}

/** "2030-06-30" → "June 30, 2030". */
export function formatCalendarDate(isoDate: string): string {
  return calendarDate(isoDate, DATE);
}

/** "2026-03-10" → "Tue, Mar 10". */
export function formatShortDay(isoDate: string): string {
  return calendarDate(isoDate, SHORT_DAY);
}

/** "2026-03-10" → "Tuesday, March 10". */
export function formatLongDay(isoDate: string): string {
  return calendarDate(isoDate, LONG_DAY);
}

/** "2026-03-10" → "Tuesday, March 10, 2026". */
export function formatLongDate(isoDate: string): string {
  return calendarDate(isoDate, LONG_WEEKDAY_DATE);
}

/** Minutes since midnight → "2:05 PM"; 1440 (the end of the day) reads as midnight, "12:00 AM". */
export function formatMinutesOfDay(minutesOfDay: number): string {
  return formatLocalDateTime('2000-01-01', minutesOfDay % MINUTES_PER_DAY, TIME, viewerLocale());
}

/** An hour of the day on a scale: 14 → "2 PM". */
export function formatHourOfDay(hour: number): string {
  return formatLocalDateTime('2000-01-01', (hour * 60) % MINUTES_PER_DAY, HOUR, viewerLocale());
}

/** A wall-clock time "14:05" → "2:05 PM" ("24:00", the end of a day, → "12:00 AM"). */
export function formatWallClockTime(localTime: string): string {
  if (localTime === '24:00') return formatMinutesOfDay(MINUTES_PER_DAY);
  return isValidLocalTime(localTime) ? formatMinutesOfDay(parseLocalTime(localTime)) : localTime;
}

/** Hours of a day "09:00"–"24:00" → "9:00 AM – 12:00 AM". */
export function formatWallClockRange(startLocal: string, endLocal: string): string {
  return `${formatWallClockTime(startLocal)} – ${formatWallClockTime(endLocal)}`;
}

/** A wall-clock start already in the viewer's zone ('2026-03-04', '09:00') → "Wed, Mar 4, 9:00 AM", written as it is. */
export function formatSlot(localDate: string, localTime: string): string {
  if (!isValidLocalDate(localDate) || !isValidLocalTime(localTime)) return `${localDate} ${localTime}`;
  return formatLocalDateTime(localDate, parseLocalTime(localTime), SLOT, viewerLocale());
}

/** The same, in full words for screen readers and headings: "Wednesday, March 4 at 9:00 AM". */
export function formatSlotInFull(localDate: string, localTime: string): string {
  if (!isValidLocalDate(localDate) || !isValidLocalTime(localTime)) return `${localDate} ${localTime}`;
  return formatLocalDateTime(localDate, parseLocalTime(localTime), LONG_SLOT, viewerLocale());
}

/** An instant → "June 30, 2030". */
export function formatInstantDate(isoInstant: string, timeZone: string = viewerTimeZone()): string {
  return instant(isoInstant, timeZone, DATE);
}

/** An instant → "Mar 4" (chart axes). */
export function formatMonthDay(isoInstant: string, timeZone: string = viewerTimeZone()): string {
  return instant(isoInstant, timeZone, MONTH_DAY);
}

/** An instant → "Jun 30, 2030, 4:05 PM". */
export function formatInstant(isoInstant: string, timeZone: string = viewerTimeZone()): string {
  return instant(isoInstant, timeZone, DATE_TIME);
}

/** An instant → "March 4, 2026 at 4:05 PM". */
export function formatInstantInFull(isoInstant: string, timeZone: string = viewerTimeZone()): string {
  return instant(isoInstant, timeZone, LONG_DATE_TIME);
}

/** An instant's time of day → "4:05 PM". */
export function formatTimeOfDay(isoInstant: string, timeZone: string = viewerTimeZone()): string {
  return instant(isoInstant, timeZone, TIME);
}

/** A session's start and end → "Mon, Nov 2, 2026, 9:00 AM – 9:50 AM". */
export function formatSessionTime(startsAt: string, endsAt: string, timeZone: string = viewerTimeZone()): string {
  return `${instant(startsAt, timeZone, SESSION_START)} – ${formatTimeOfDay(endsAt, timeZone)}`;
}

/** Today's calendar date in the viewer's zone, "YYYY-MM-DD". */
export function todayIsoDate(now: Date = new Date()): string {
  return localDateOf(now, viewerTimeZone());
}
