/**
 * Elapsed time between instants, in whole milliseconds: for timers, expiry and
 * "how long ago". A day here is 24 hours; for calendar days in a zone use
 * local dates (addDays) and localDay instead.
 */
import { MS_PER_DAY, MS_PER_MINUTE } from './local-date';

export const MS_PER_SECOND = 1_000;
export const MS_PER_HOUR = 60 * MS_PER_MINUTE;

export interface Duration {
  days?: number;
  hours?: number;
  minutes?: number;
  seconds?: number;
}

export function durationMs({ days = 0, hours = 0, minutes = 0, seconds = 0 }: Duration): number {
  const total = days * MS_PER_DAY + hours * MS_PER_HOUR + minutes * MS_PER_MINUTE + seconds * MS_PER_SECOND;
  if (!Number.isFinite(total)) throw new RangeError(`Expected a finite duration, got ${JSON.stringify({ days, hours, minutes, seconds })}`);
  return total;
}

/** `instant` moved by `duration` (negative parts move it back). */
export function addDuration(instant: Date, duration: Duration): Date {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) throw new RangeError(`Expected a valid Date, got ${String(instant)}`);
  return new Date(instant.getTime() + durationMs(duration));
}

/** Whole 24-hour periods from `from` to `to`, rounded down (negative when `to` is earlier). */
export function wholeDaysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / MS_PER_DAY);
}
