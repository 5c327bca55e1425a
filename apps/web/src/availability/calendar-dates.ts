// Calendar dates ('YYYY-MM-DD') and wall-clock times in a named IANA zone, using only
// Intl. Dates carry no zone; arithmetic on them runs on UTC midnights so the
// browser's own zone never leaks in.

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function utcMidnight(date: string): number {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new Error(`Not a calendar date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function isoDate(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return isoDate(utcMidnight(date) + days * MS_PER_DAY);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return new Date(utcMidnight(date)).getUTCDay() || 7;
}

/** The Monday on or before `date`. */
export function startOfWeek(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** The calendar date an instant falls on in `timeZone`. */
export function dateInZone(instant: Date, timeZone: string): string {
  const parts = wallClockParts(instant, timeZone);
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** The instant at which clocks in `timeZone` show `date` at `time` ('HH:mm'); a skipped time moves forward with the clock. */
export function instantInZone(date: string, timeZone: string, time = '00:00'): Date {
  const [hours, minutes] = time.split(':').map(Number);
  const wallAsUtc = utcMidnight(date) + (hours * 60 + minutes) * 60_000;
  const firstGuess = wallAsUtc - offsetMs(wallAsUtc, timeZone);
  const offsetThere = offsetMs(firstGuess, timeZone);
  return new Date(wallAsUtc - offsetThere);
}

/** `timeZone`'s offset from UTC at an instant, in ms (New York in winter: -5 h). */
function offsetMs(instantMs: number, timeZone: string): number {
  const parts = wallClockParts(new Date(instantMs), timeZone);
  const wallAsUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second);
  return wallAsUtc - Math.floor(instantMs / 1000) * 1000;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClockParts(instant: Date, timeZone: string) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const values: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return { year: values.year, month: values.month, day: values.day, hour: values.hour, minute: values.minute, second: values.second };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

const SHORT_DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
const LONG_DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
const LONG_DATE = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** '2026-03-10' → 'Tue 10 Mar'. */
export function formatShortDay(date: string): string {
  return SHORT_DAY.format(utcMidnight(date));
}

/** '2026-03-10' → 'Tuesday 10 March'. */
export function formatLongDay(date: string): string {
  return LONG_DAY.format(utcMidnight(date));
}

/** '2026-03-10' → 'Tuesday 10 March 2026'. */
export function formatLongDate(date: string): string {
  return LONG_DATE.format(utcMidnight(date));
}
