import { isValidInstant, MS_PER_DAY } from '../time';
import type { InstantRange } from './availability.types';

/** The end of the bookable horizon: `horizonDays` days of 24 h after `now`. */
export function horizonEndOf(now: Date, horizonDays: number): Date {
  if (!isValidInstant(now)) throw new RangeError(`Expected a valid Date for now, got ${String(now)}`);
  if (!Number.isInteger(horizonDays) || horizonDays < 0) {
    throw new RangeError(`Expected horizonDays to be a whole number, 0 or more, got ${horizonDays}`);
  }
  return new Date(now.getTime() + horizonDays * MS_PER_DAY);
}

/**
 * Narrows a requested range to what can be booked: nothing before `now`, nothing
 * from the horizon on. An empty result has from === to.
 */
export function clampRange(range: InstantRange, now: Date, horizonDays: number): InstantRange {
  if (!isValidInstant(range?.from) || !isValidInstant(range?.to)) {
    throw new RangeError('Expected a range with valid Dates for from and to');
  }
  const from = Math.max(range.from.getTime(), now.getTime());
  const to = Math.min(range.to.getTime(), horizonEndOf(now, horizonDays).getTime());
  return { from: new Date(from), to: new Date(Math.max(from, to)) };
}

/** The longest range one slot request may ask for: a month view with its spill-over weeks fits. */
export const MAX_SLOT_RANGE_DAYS = 35;

/**
 * Why a requested slot range is refused, naming the end at fault, or null.
 * Bounded before clamping, so the work one request can cause is bounded too.
 */
export function slotRangeProblem(range: { from: unknown; to: unknown }, maxDays = MAX_SLOT_RANGE_DAYS): { field: 'from' | 'to'; message: string } | null {
  if (!isValidInstant(range.from)) return { field: 'from', message: '`from` must be a valid date and time.' };
  if (!isValidInstant(range.to)) return { field: 'to', message: '`to` must be a valid date and time.' };
  if (!(range.from < range.to)) return { field: 'to', message: '`to` must be after `from`.' };
  if (range.to.getTime() - range.from.getTime() > maxDays * MS_PER_DAY) {
    return { field: 'to', message: `Ask for at most ${maxDays} days of slots at a time: \`to\` is too far after \`from\`.` };
  }
  return null;
}
