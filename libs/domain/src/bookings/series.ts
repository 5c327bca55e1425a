/**
 * Weekly standing appointments: the occurrences of a series in the therapist's
 * zone, and which of them can be booked (with the nearest alternative for the rest).
 */
import type { Slot } from '../availability';
import { addDays, addMinutes, isValidLocalDate, isValidLocalTime, isValidTimeZone, localDateTimeToInstant, parseLocalTime } from '../time';
import { assertNoProblems, type BookingProblem } from './bookings.types';
import { type AlternativeOptions, nearestOpenAlternative } from './nearest-open-alternative';

export const MAX_SERIES_OCCURRENCES = 26;
/** Weekly or every other week. */
export const SERIES_INTERVAL_WEEKS = [1, 2] as const;
export type SeriesIntervalWeeks = (typeof SERIES_INTERVAL_WEEKS)[number];
/** A session never runs longer than a day. */
const MAX_DURATION_MINUTES = 1440;

export interface SeriesRequest {
  /** The first session's date, 'YYYY-MM-DD', in the therapist's zone. */
  firstLocalDate: string;
  /** 'HH:mm' on the therapist's wall clock, kept on every date (18:00 stays 18:00 across DST). */
  localStartTime: string;
  /** The therapist's IANA zone. */
  timeZone: string;
  durationMinutes: number;
  intervalWeeks: SeriesIntervalWeeks;
  /** 1 to MAX_SERIES_OCCURRENCES, the first included. */
  occurrences: number;
}

/**
 * One date of the series. On a date whose clocks spring forward over the start
 * time there is no such wall time: by the same rule as open slots (DESIGN §6,
 * nonexistent times are skipped, not shifted) it is reported, never moved
 * silently. A repeated wall time (clocks set back) is the earlier of the two.
 * The end is the start plus the duration in elapsed minutes.
 */
export type SeriesOccurrence =
  | { index: number; localDate: string; kind: 'SLOT'; start: Date; end: Date }
  /** `clocksJumpAt` is where the time would have been, to search for alternatives around; never book it. */
  | { index: number; localDate: string; kind: 'NONEXISTENT_LOCAL_TIME'; clocksJumpAt: Date };

export function validateSeriesRequest(request: SeriesRequest, path = 'series'): BookingProblem[] {
  const problems: BookingProblem[] = [];
  const check = (valid: boolean, field: keyof SeriesRequest, message: string) => {
    if (!valid) problems.push({ path: `${path}.${field}`, message });
  };
  const { durationMinutes, occurrences } = request;
  check(isValidLocalDate(request.firstLocalDate), 'firstLocalDate', 'must be a date "YYYY-MM-DD"');
  check(isValidLocalTime(request.localStartTime), 'localStartTime', 'must be a time "HH:mm" from 00:00 to 23:59');
  check(isValidTimeZone(request.timeZone), 'timeZone', 'must be an IANA time zone such as "America/New_York"');
  check(Number.isInteger(durationMinutes) && durationMinutes >= 1 && durationMinutes <= MAX_DURATION_MINUTES, 'durationMinutes', `must be a whole number from 1 to ${MAX_DURATION_MINUTES}`);
  check((SERIES_INTERVAL_WEEKS as readonly number[]).includes(request.intervalWeeks), 'intervalWeeks', 'must be 1 (weekly) or 2 (every other week)');
  check(Number.isInteger(occurrences) && occurrences >= 1 && occurrences <= MAX_SERIES_OCCURRENCES, 'occurrences', `must be a whole number from 1 to ${MAX_SERIES_OCCURRENCES}`);
  return problems;
}

/** The series' dates, each with its UTC start and end; throws a RangeError for invalid requests (validate first). */
export function seriesOccurrences(request: SeriesRequest): SeriesOccurrence[] {
  assertNoProblems(validateSeriesRequest(request));
  const minutesOfDay = parseLocalTime(request.localStartTime);
  return Array.from({ length: request.occurrences }, (_, index): SeriesOccurrence => {
    const localDate = addDays(request.firstLocalDate, index * 7 * request.intervalWeeks);
    const { instant, exists } = localDateTimeToInstant(localDate, minutesOfDay, request.timeZone);
    if (!exists) return { index, localDate, kind: 'NONEXISTENT_LOCAL_TIME', clocksJumpAt: instant };
    return { index, localDate, kind: 'SLOT', start: instant, end: addMinutes(instant, request.durationMinutes) };
  });
}

export type SeriesConflictReason = 'NONEXISTENT_LOCAL_TIME' | 'NOT_OPEN';

export interface SeriesConflict {
  index: number;
  localDate: string;
  reason: SeriesConflictReason;
  /** The nearest open slot that no other occurrence or alternative of this series uses; null when none is near. */
  alternative: Slot | null;
}

export interface SeriesPlan {
  /** Occurrences open now, in order. The database may still refuse one taken meanwhile: drop that slot from openSlots and plan again. */
  bookable: { index: number; localDate: string; start: Date; end: Date }[];
  conflicts: SeriesConflict[];
}

const overlaps = (a: Slot, b: Slot) => a.start < b.end && b.start < a.end;

/**
 * Checks each occurrence against the open slots (computed for the session type,
 * so an exact start and end match means bookable) and proposes alternatives for
 * the rest, in order, never the same slot twice nor one overlapping a booked occurrence.
 */
export function planSeriesBookings(input: { occurrences: readonly SeriesOccurrence[]; openSlots: readonly Slot[] } & AlternativeOptions): SeriesPlan {
  const slotKey = (slot: Slot) => `${slot.start.getTime()}/${slot.end.getTime()}`;
  const open = new Set(input.openSlots.map(slotKey));
  const bookable: SeriesPlan['bookable'] = [];
  const missing: SeriesOccurrence[] = [];
  for (const occurrence of input.occurrences) {
    const isOpen = occurrence.kind === 'SLOT' && open.has(slotKey(occurrence));
    if (isOpen) bookable.push({ index: occurrence.index, localDate: occurrence.localDate, start: occurrence.start, end: occurrence.end });
    else missing.push(occurrence);
  }

  const claimed: Slot[] = [...bookable];
  const conflicts = missing.map((occurrence): SeriesConflict => {
    const free = input.openSlots.filter((slot) => !claimed.some((taken) => overlaps(slot, taken)));
    const wanted = occurrence.kind === 'SLOT' ? occurrence.start : occurrence.clocksJumpAt;
    const alternative = nearestOpenAlternative(wanted, free, input);
    if (alternative) claimed.push(alternative);
    const reason = occurrence.kind === 'SLOT' ? 'NOT_OPEN' : 'NONEXISTENT_LOCAL_TIME';
    return { index: occurrence.index, localDate: occurrence.localDate, reason, alternative };
  });
  return { bookable, conflicts };
}
