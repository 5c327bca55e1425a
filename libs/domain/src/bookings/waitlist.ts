/**
 * A therapist's waitlist: does a slot that opened (a cancellation, new hours)
 * suit a waiting client, and who is offered it first.
 */
import { type Slot, type TimeWindow, validateWindows } from '../availability';
import { DAY_PART_MINUTES, type DayPart } from '../matching';
import { addDays, type IsoWeekday, isValidLocalDate, isValidTimeZone, localDateTimeOf, MINUTES_PER_DAY, parseLocalTime, weekdayOf } from '../time';
import type { BookingProblem } from './bookings.types';
import { holdExpiresAt } from './timing';

export interface WaitlistPreferences {
  /** The client's IANA zone: the days, times and dates below are the client's. */
  timeZone: string;
  /** ISO weekdays (1 = Monday); empty = any day. */
  weekdays: IsoWeekday[];
  /** As in matching: the session starts within the part (MORNING 06–12, AFTERNOON 12–17, EVENING 17–22). */
  dayParts: DayPart[];
  /** Stated hours, 'HH:mm'–'HH:mm' (end may be '24:00'): the whole session must fit in one. */
  timeRanges: TimeWindow[];
  /** null = any of the therapist's session types. */
  sessionTypeId: string | null;
  /** Inclusive dates, 'YYYY-MM-DD'; null = open-ended. */
  fromDate: string | null;
  toDate: string | null;
}

export interface WaitlistEntry extends WaitlistPreferences {
  id: string;
  clientId: string;
  joinedAt: Date;
}

export interface OpenedSlot extends Slot {
  sessionTypeId: string;
}

export type WaitlistMismatch = 'SESSION_TYPE' | 'DATE_RANGE' | 'WEEKDAY' | 'TIME_OF_DAY';

const DAY_PARTS = Object.keys(DAY_PART_MINUTES) as DayPart[];

export function validateWaitlistPreferences(preferences: WaitlistPreferences, path = 'waitlist'): BookingProblem[] {
  const problems: BookingProblem[] = [];
  if (!isValidTimeZone(preferences.timeZone)) problems.push({ path: `${path}.timeZone`, message: 'must be an IANA time zone such as "America/New_York"' });
  preferences.weekdays.forEach((weekday, index) => {
    if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) problems.push({ path: `${path}.weekdays[${index}]`, message: 'must be an ISO weekday from 1 (Monday) to 7 (Sunday)' });
  });
  preferences.dayParts.forEach((part, index) => {
    if (!DAY_PARTS.includes(part)) problems.push({ path: `${path}.dayParts[${index}]`, message: `must be one of ${DAY_PARTS.join(', ')}` });
  });
  problems.push(...validateWindows(preferences.timeRanges, `${path}.timeRanges`));
  for (const key of ['fromDate', 'toDate'] as const) {
    const date = preferences[key];
    if (date !== null && !isValidLocalDate(date)) problems.push({ path: `${path}.${key}`, message: 'must be a date "YYYY-MM-DD"' });
  }
  const { fromDate, toDate } = preferences;
  if (fromDate !== null && toDate !== null && isValidLocalDate(fromDate) && isValidLocalDate(toDate) && toDate < fromDate) {
    problems.push({ path: `${path}.toDate`, message: `must not be before fromDate (${fromDate})` });
  }
  return problems;
}

/** The session's wall-clock minutes in the zone; the end is 1440 at the next midnight and null when it runs past it. */
function localSpan(slot: Slot, timeZone: string): { localDate: string; startMinutes: number; endMinutes: number | null } {
  const start = localDateTimeOf(slot.start, timeZone);
  const end = localDateTimeOf(slot.end, timeZone);
  let endMinutes: number | null = null;
  if (end.localDate === start.localDate) endMinutes = end.minutesOfDay;
  else if (end.localDate === addDays(start.localDate, 1) && end.minutesOfDay === 0) endMinutes = MINUTES_PER_DAY;
  return { localDate: start.localDate, startMinutes: start.minutesOfDay, endMinutes };
}

function fitsTimeOfDay(preferences: WaitlistPreferences, span: ReturnType<typeof localSpan>): boolean {
  if (preferences.dayParts.length === 0 && preferences.timeRanges.length === 0) return true;
  const inPart = preferences.dayParts.some((part) => span.startMinutes >= DAY_PART_MINUTES[part][0] && span.startMinutes < DAY_PART_MINUTES[part][1]);
  const inRange = preferences.timeRanges.some((range) => {
    const [from, to] = [parseLocalTime(range.startLocal), parseLocalTime(range.endLocal, { allowEndOfDay: true })];
    return span.endMinutes !== null && span.startMinutes >= from && span.endMinutes <= to;
  });
  return inPart || inRange;
}

/** Why the slot does not suit the entry, checked in this order; null when it does. */
export function waitlistMismatch(preferences: WaitlistPreferences, slot: OpenedSlot): WaitlistMismatch | null {
  if (preferences.sessionTypeId !== null && preferences.sessionTypeId !== slot.sessionTypeId) return 'SESSION_TYPE';
  const span = localSpan(slot, preferences.timeZone);
  if ((preferences.fromDate !== null && span.localDate < preferences.fromDate) || (preferences.toDate !== null && span.localDate > preferences.toDate)) {
    return 'DATE_RANGE';
  }
  if (preferences.weekdays.length > 0 && !preferences.weekdays.includes(weekdayOf(span.localDate))) return 'WEEKDAY';
  return fitsTimeOfDay(preferences, span) ? null : 'TIME_OF_DAY';
}

export function matchesWaitlistEntry(preferences: WaitlistPreferences, slot: OpenedSlot): boolean {
  return waitlistMismatch(preferences, slot) === null;
}

export interface WaitlistOfferInput {
  entries: readonly WaitlistEntry[];
  slot: OpenedSlot;
  /** Clients with a HELD or CONFIRMED booking (with anyone) overlapping the slot: they cannot take it. */
  clientsBookedThen: ReadonlySet<string>;
  /** Entries already offered this slot, declined or lapsed: the offer moves on to the next. */
  alreadyOffered: ReadonlySet<string>;
}

/** Matching entries in offer order: first come, first served (ties by id); one entry per client. */
export function waitlistOfferOrder(input: WaitlistOfferInput): WaitlistEntry[] {
  const offeredClients = new Set(input.entries.filter((entry) => input.alreadyOffered.has(entry.id)).map((entry) => entry.clientId));
  const seenClients = new Set<string>();
  return [...input.entries]
    .sort((a, b) => a.joinedAt.getTime() - b.joinedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .filter((entry) => {
      if (seenClients.has(entry.clientId) || offeredClients.has(entry.clientId) || input.clientsBookedThen.has(entry.clientId)) return false;
      if (!matchesWaitlistEntry(entry, input.slot)) return false;
      seenClients.add(entry.clientId);
      return true;
    });
}

/** Who is offered the slot now, or null when nobody waiting fits. */
export function nextWaitlistOffer(input: WaitlistOfferInput): WaitlistEntry | null {
  return waitlistOfferOrder(input)[0] ?? null;
}

/** An offer is a hold long enough to read an email and decide. */
export const DEFAULT_WAITLIST_OFFER_MINUTES = 120;

/** The offer's hold expiry: `offerMinutes` from now, but never after the session starts. */
export function waitlistOfferExpiresAt(now: Date, slot: Slot, offerMinutes = DEFAULT_WAITLIST_OFFER_MINUTES): Date {
  const expiry = holdExpiresAt(now, offerMinutes);
  return expiry < slot.start ? expiry : slot.start;
}
