// Dates as people read them, in US English. Calendar dates ("2030-06-30") have no
// time zone and are formatted as written; instants are shown in the viewer's zone.

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2030-06-30" → "June 30, 2030". */
export function formatCalendarDate(isoDate: string): string {
  const match = CALENDAR_DATE.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  const utcNoon = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), 12));
  return utcNoon.toLocaleDateString('en-US', { dateStyle: 'long', timeZone: 'UTC' });
}

/** An instant → "June 30, 2030", in `timeZone` when given (else the browser's). */
export function formatInstantDate(isoInstant: string, timeZone?: string): string {
  return new Date(isoInstant).toLocaleDateString('en-US', { dateStyle: 'long', timeZone });
}

/** An instant → "Jun 30, 2030, 4:05 PM". */
export function formatInstant(isoInstant: string, timeZone?: string): string {
  return new Date(isoInstant).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone });
}

/** Today's calendar date in the browser's zone, "YYYY-MM-DD". */
export function todayIsoDate(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
