/**
 * Calendar dates with no time zone: 'YYYY-MM-DD' strings. The arithmetic runs on
 * UTC day numbers, so the host's time zone never leaks in.
 */

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01, or NaN when the text is not a real calendar date. */
function dayNumberOrNaN(localDate: string): number {
  const match = typeof localDate === 'string' ? LOCAL_DATE.exec(localDate) : null;
  if (!match) return Number.NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  const sameDate = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return sameDate ? date.getTime() / MS_PER_DAY : Number.NaN;
}

export function isValidLocalDate(localDate: string): boolean {
  return !Number.isNaN(dayNumberOrNaN(localDate));
}

/** Days since 1970-01-01 (negative before). Throws a RangeError for anything but a real 'YYYY-MM-DD' date. */
export function dayNumberOf(localDate: string): number {
  const dayNumber = dayNumberOrNaN(localDate);
  if (Number.isNaN(dayNumber)) {
    throw new RangeError(`Expected a local date "YYYY-MM-DD", got ${JSON.stringify(localDate)}`);
  }
  return dayNumber;
}

/** The inverse of dayNumberOf. */
export function localDateOfDayNumber(dayNumber: number): string {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`Expected a whole day number, got ${dayNumber}`);
  const date = new Date(dayNumber * MS_PER_DAY);
  const year = date.getUTCFullYear();
  if (year < 0 || year > 9999) throw new RangeError(`Day number ${dayNumber} is outside years 0000–9999`);
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

export function weekdayOf(localDate: string): IsoWeekday {
  return weekdayOfDayNumber(dayNumberOf(localDate));
}

/** weekdayOf for a day number (days since 1970-01-01). */
export function weekdayOfDayNumber(dayNumber: number): IsoWeekday {
  // 1970-01-01 was a Thursday (ISO 4).
  return (((((dayNumber + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

export function addDays(localDate: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Expected a whole number of days, got ${days}`);
  return localDateOfDayNumber(dayNumberOf(localDate) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

/** The UTC calendar date of an instant, 'YYYY-MM-DD' (license expiry and search use UTC days). */
export function utcDateOf(instant: Date): string {
  const epochMs = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (Number.isNaN(epochMs)) throw new RangeError(`Expected a valid Date, got ${String(instant)}`);
  return localDateOfDayNumber(Math.floor(epochMs / MS_PER_DAY));
}
