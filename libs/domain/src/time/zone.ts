/**
 * Instants (UTC `Date`s) against wall clocks in IANA time zones. The only place
 * in the codebase that talks to the date library.
 */
import { IANAZone, SystemZone } from 'luxon';
import { MS_PER_HOUR, MS_PER_SECOND } from './duration';
import { dayNumberOf, localDateOfDayNumber, MS_PER_DAY, MS_PER_MINUTE } from './local-date';
import { formatLocalTime, MINUTES_PER_DAY } from './local-time';

/** A wall time mapped to an instant. */
export interface LocalInstant {
  /**
   * The instant. For a repeated wall time (clocks set back) the earlier of the two;
   * for a skipped one (clocks set forward) the moment the clocks jumped over it.
   */
  instant: Date;
  /** False when the clocks skipped this wall time. */
  exists: boolean;
  /** True when the wall time happened twice. */
  ambiguous: boolean;
}

export interface ZonedDateTime {
  localDate: string;
  /** 'HH:mm', seconds dropped. */
  localTime: string;
  minutesOfDay: number;
  /** '+05:45', '-04:00', '+00:00'. */
  offset: string;
  offsetMinutes: number;
  /** 'EST', 'GMT+5:45' (as the locale's time-zone names have it). */
  zoneAbbreviation: string;
}

// Checking a name builds an Intl.DateTimeFormat (tens of µs), so valid names are
// remembered; invalid ones are not, so hostile input cannot grow the set.
const knownValidZones = new Set<string>();

export function isValidTimeZone(timeZone: string): boolean {
  if (knownValidZones.has(timeZone)) return true;
  const valid = typeof timeZone === 'string' && IANAZone.isValidZone(timeZone);
  if (valid) knownValidZones.add(timeZone);
  return valid;
}

/**
 * The zone of the machine this runs on (a browser: its user's zone), UTC when it
 * cannot tell. Only for guessing a default a person then confirms; decisions take
 * their zone as an argument.
 */
export function hostTimeZone(): string {
  const name = SystemZone.instance.name;
  return isValidTimeZone(name) ? name : 'UTC';
}

/** Every IANA zone name this runtime knows, sorted, always including UTC and any `alsoInclude` that is valid. */
export function timeZoneNames(alsoInclude: readonly string[] = []): string[] {
  const names = new Set(Intl.supportedValuesOf('timeZone').filter(isValidTimeZone));
  for (const name of ['UTC', ...alsoInclude]) if (isValidTimeZone(name)) names.add(name);
  return [...names].sort((a, b) => a.localeCompare(b));
}

export function isValidInstant(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

function zoneNamed(timeZone: string): IANAZone {
  if (!isValidTimeZone(timeZone)) {
    throw new RangeError(`Expected an IANA time zone such as "America/New_York", got ${JSON.stringify(timeZone)}`);
  }
  return IANAZone.create(timeZone);
}

function epochMsOf(instant: Date): number {
  if (!isValidInstant(instant)) throw new RangeError(`Expected a valid Date, got ${String(instant)}`);
  return instant.getTime();
}

/** The zone's UTC offset at an instant, in whole milliseconds (historic offsets can hold seconds). */
function offsetMsAt(zone: IANAZone, epochMs: number): number {
  // Each lookup formats the instant in the zone (about 10 µs): a search page formats 30 to 150
  // open times, mostly in the same few hours. An hour whose first and last millisecond share an
  // offset has no change inside it (no zone changes twice within an hour), so that offset is kept,
  // and it is the offset at every instant of the hour: two lookups, not three.
  const hour = Math.floor(epochMs / MS_PER_HOUR);
  const key = `${zone.name}\u0000${hour}`;
  const kept = steadyHourOffsets.get(key);
  if (kept !== undefined) return kept;
  const [first, last] = [hour * MS_PER_HOUR, (hour + 1) * MS_PER_HOUR - 1];
  const offset = rawOffsetMs(zone, first);
  if (rawOffsetMs(zone, last) !== offset) return rawOffsetMs(zone, epochMs);
  if (steadyHourOffsets.size >= STEADY_HOURS_KEPT) steadyHourOffsets.clear();
  steadyHourOffsets.set(key, offset);
  return offset;
}

function rawOffsetMs(zone: IANAZone, epochMs: number): number {
  return Math.round(zone.offset(epochMs) * MS_PER_MINUTE);
}

const STEADY_HOURS_KEPT = 50_000;
const steadyHourOffsets = new Map<string, number>();

/**
 * Bisects to the first instant in (from, to] whose offset differs from the offset at `from`.
 * Offsets change on whole seconds (tzdata's transitions are in seconds), so it bisects the whole
 * seconds in the range, about 19 lookups across four days where milliseconds took 29, then
 * confirms the millisecond before the second it found still had the old offset. Where that does
 * not hold (or the range holds no whole second) it bisects milliseconds from there.
 */
function firstMomentOfNewOffset(zone: IANAZone, from: number, to: number): number {
  const oldOffset = offsetMsAt(zone, from);
  const [firstSecond, lastSecond] = [Math.floor(from / MS_PER_SECOND) + 1, Math.floor(to / MS_PER_SECOND)];
  // lowSecond is known to start with the old offset and highSecond with the new; firstSecond - 1
  // stands for `from` and lastSecond + 1 for `to`, which are never looked up as seconds.
  let [lowSecond, highSecond] = [firstSecond - 1, lastSecond + 1];
  while (highSecond - lowSecond > 1) {
    const middle = Math.floor((lowSecond + highSecond) / 2);
    if (offsetMsAt(zone, middle * MS_PER_SECOND) === oldOffset) lowSecond = middle;
    else highSecond = middle;
  }
  let low = lowSecond >= firstSecond ? lowSecond * MS_PER_SECOND : from;
  let high = to;
  if (highSecond <= lastSecond) {
    high = highSecond * MS_PER_SECOND;
    if (offsetMsAt(zone, high - 1) === oldOffset) return high;
  }
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (offsetMsAt(zone, middle) === oldOffset) low = middle;
    else high = middle;
  }
  return high;
}

/** Converts many wall times of one local date, looking the zone's offsets up once for the day. */
export interface LocalDay {
  readonly localDate: string;
  readonly timeZone: string;
  /** True when the zone's offset changes on or right around this date. */
  readonly offsetChanges: boolean;
  /** minutesOfDay from 0 to 1440 (24:00 is the next day's midnight). */
  toInstant(minutesOfDay: number): LocalInstant;
}

function buildLocalDay(zone: IANAZone, dayNumber: number, offsetBefore: number, offsetAfter: number): LocalDay {
  // The wall-clock reading of this date's midnight, written as if it were UTC.
  const wallMidnight = dayNumber * MS_PER_DAY;
  const offsetChanges = offsetBefore !== offsetAfter;
  let jumpMoment: number | undefined;

  const toInstant = (minutesOfDay: number): LocalInstant => {
    if (!Number.isInteger(minutesOfDay) || minutesOfDay < 0 || minutesOfDay > MINUTES_PER_DAY) {
      throw new RangeError(`Expected whole minutes from 0 to ${MINUTES_PER_DAY}, got ${minutesOfDay}`);
    }
    const wall = wallMidnight + minutesOfDay * MS_PER_MINUTE;
    if (!offsetChanges) return { instant: new Date(wall - offsetBefore), exists: true, ambiguous: false };

    // A larger offset puts the same wall time at an earlier instant.
    const earlier = wall - Math.max(offsetBefore, offsetAfter);
    const later = wall - Math.min(offsetBefore, offsetAfter);
    const earlierFits = offsetMsAt(zone, earlier) === Math.max(offsetBefore, offsetAfter);
    const laterFits = offsetMsAt(zone, later) === Math.min(offsetBefore, offsetAfter);
    if (earlierFits) return { instant: new Date(earlier), exists: true, ambiguous: laterFits };
    if (laterFits) return { instant: new Date(later), exists: true, ambiguous: false };
    // Skipped: every skipped wall time of the day maps to the same jump.
    jumpMoment ??= firstMomentOfNewOffset(zone, earlier, later);
    return { instant: new Date(jumpMoment), exists: false, ambiguous: false };
  };

  return { localDate: localDateOfDayNumber(dayNumber), timeZone: zone.name, offsetChanges, toInstant };
}

// A day's wall times lie between the instants (day − 1) 00:00 UTC and (day + 2) 00:00 UTC,
// as offsets stay within ±24 h; the offsets there bracket the day. Like Temporal, this
// assumes a zone changes offset at most once in those three days (see OFFSET_SAMPLE_MS).
const probeMs = (dayNumber: number) => dayNumber * MS_PER_DAY;

export function localDay(localDate: string, timeZone: string): LocalDay {
  const zone = zoneNamed(timeZone);
  const dayNumber = dayNumberOf(localDate);
  return buildLocalDay(zone, dayNumber, offsetMsAt(zone, probeMs(dayNumber - 1)), offsetMsAt(zone, probeMs(dayNumber + 2)));
}

/** localDay for every date from firstDate to lastDate inclusive, sharing the offset lookups. */
export function localDaysBetween(firstDate: string, lastDate: string, timeZone: string): LocalDay[] {
  const zone = zoneNamed(timeZone);
  const [first, last] = [dayNumberOf(firstDate), dayNumberOf(lastDate)];
  const offsets = new Map<number, number>();
  const offsetOfProbe = (dayNumber: number) => {
    let offset = offsets.get(dayNumber);
    if (offset === undefined) offsets.set(dayNumber, (offset = offsetMsAt(zone, probeMs(dayNumber))));
    return offset;
  };
  const days: LocalDay[] = [];
  for (let dayNumber = first; dayNumber <= last; dayNumber++) {
    days.push(buildLocalDay(zone, dayNumber, offsetOfProbe(dayNumber - 1), offsetOfProbe(dayNumber + 2)));
  }
  return days;
}

/** The instant a wall time names in a zone; see LocalInstant for skipped and repeated times. */
export function localDateTimeToInstant(localDate: string, minutesOfDay: number, timeZone: string): LocalInstant {
  return localDay(localDate, timeZone).toInstant(minutesOfDay);
}

/** The first instant of a local date (the jump moment when the clocks skip midnight). */
export function startOfLocalDay(localDate: string, timeZone: string): Date {
  return localDateTimeToInstant(localDate, 0, timeZone).instant;
}

function wallClockAt(epochMs: number, offsetMs: number): { localDate: string; minutesOfDay: number } {
  const wall = epochMs + offsetMs;
  const dayNumber = Math.floor(wall / MS_PER_DAY);
  return {
    localDate: localDateOfDayNumber(dayNumber),
    minutesOfDay: Math.floor((wall - dayNumber * MS_PER_DAY) / MS_PER_MINUTE),
  };
}

/** The wall-clock date and minute of an instant (seconds dropped). */
export function localDateTimeOf(instant: Date, timeZone: string): { localDate: string; minutesOfDay: number } {
  const epochMs = epochMsOf(instant);
  return wallClockAt(epochMs, offsetMsAt(zoneNamed(timeZone), epochMs));
}

export function localDateOf(instant: Date, timeZone: string): string {
  return localDateTimeOf(instant, timeZone).localDate;
}

// Building an Intl.DateTimeFormat costs ~50 µs, so one per locale and zone is kept
// (a bounded number: zones are validated, locales come from code).
const abbreviationFormats = new Map<string, Intl.DateTimeFormat>();
const abbreviations = new Map<string, string | undefined>();

/**
 * A search shows 30 open times, each with its zone's abbreviation: kept per zone, locale, offset
 * and year, since a zone names one offset the same way within a year (EST, EDT).
 */
function zoneAbbreviationAt(epochMs: number, timeZone: string, locale: string, offsetMs: number): string | undefined {
  const key = `${locale}\u0000${timeZone}`;
  const nameKey = `${key}\u0000${offsetMs}\u0000${new Date(epochMs).getUTCFullYear()}`;
  if (abbreviations.has(nameKey)) return abbreviations.get(nameKey);
  let format = abbreviationFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' });
    if (abbreviationFormats.size < 1000) abbreviationFormats.set(key, format);
  }
  const name = format.formatToParts(epochMs).find((part) => part.type === 'timeZoneName')?.value;
  if (abbreviations.size < 5000) abbreviations.set(nameKey, name);
  return name;
}

/** '+05:45' from 345 minutes. */
function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  return `${sign}${formatLocalTime(Math.round(Math.abs(offsetMinutes)))}`;
}

/** How an instant reads on a wall clock in a zone. `locale` only affects the abbreviation. */
export function formatInZone(instant: Date, timeZone: string, locale = 'en-US'): ZonedDateTime {
  const epochMs = epochMsOf(instant);
  const offsetMs = offsetMsAt(zoneNamed(timeZone), epochMs);
  const { localDate, minutesOfDay } = wallClockAt(epochMs, offsetMs);
  const offsetMinutes = offsetMs / MS_PER_MINUTE;
  const offset = formatOffset(offsetMinutes);
  return {
    localDate,
    localTime: formatLocalTime(minutesOfDay),
    minutesOfDay,
    offset,
    offsetMinutes,
    zoneAbbreviation: zoneAbbreviationAt(epochMs, timeZone, locale, offsetMs) ?? `UTC${offset}`,
  };
}

export function addMinutes(instant: Date, minutes: number): Date {
  if (!Number.isFinite(minutes)) throw new RangeError(`Expected a finite number of minutes, got ${minutes}`);
  return new Date(epochMsOf(instant) + minutes * MS_PER_MINUTE);
}

export interface OffsetChange {
  /** The first instant on the new offset. */
  at: Date;
  offsetMinutesBefore: number;
  offsetMinutesAfter: number;
}

// No zone changed its offset twice within five days in 1970–2040 (tzdata 2025c, scanned
// every 12 h), so sampling every four days and bisecting finds every change.
const OFFSET_SAMPLE_MS = 4 * MS_PER_DAY;

/** Every change of a zone's UTC offset after `from` and before `to`, in order (DST starts and ends, redefinitions). */
export function offsetChangesBetween(from: Date, to: Date, timeZone: string): OffsetChange[] {
  const zone = zoneNamed(timeZone);
  const [start, end] = [epochMsOf(from), epochMsOf(to)];
  const changes: OffsetChange[] = [];
  let [previous, previousOffset] = [start, offsetMsAt(zone, start)];
  while (previous < end - 1) {
    const next = Math.min(previous + OFFSET_SAMPLE_MS, end - 1);
    const nextOffset = offsetMsAt(zone, next);
    if (nextOffset !== previousOffset) {
      changes.push({
        at: new Date(firstMomentOfNewOffset(zone, previous, next)),
        offsetMinutesBefore: previousOffset / MS_PER_MINUTE,
        offsetMinutesAfter: nextOffset / MS_PER_MINUTE,
      });
    }
    [previous, previousOffset] = [next, nextOffset];
  }
  return changes;
}

/**
 * The wall-clock time of many instants in one zone, each given as epoch milliseconds: minutes
 * since 1970-01-01T00:00 local (day number, see dayNumberOf, × 1440 + minute of the day). The
 * zone's offsets between `from` and `to` are looked up once (offsetChangesBetween), so each
 * instant in that range costs arithmetic, not a zone lookup and a date string, and allocates
 * nothing. Instants outside the range are converted one by one. Ranking reads thousands of open
 * times per search this way.
 */
export function wallClockMinuteConverter(from: Date, to: Date, timeZone: string): (epochMs: number) => number {
  const zone = zoneNamed(timeZone);
  const [start, end] = [epochMsOf(from), epochMsOf(to)];
  const changes = offsetChangesBetween(from, to, timeZone).map((change) => ({ at: change.at.getTime(), offsetMs: change.offsetMinutesAfter * MS_PER_MINUTE }));
  const firstOffset = offsetMsAt(zone, start);
  return (epochMs) => {
    if (!Number.isFinite(epochMs)) throw new RangeError(`Expected epoch milliseconds, got ${String(epochMs)}`);
    let offsetMs = firstOffset;
    if (epochMs < start || epochMs >= end) offsetMs = offsetMsAt(zone, epochMs);
    else for (const change of changes) if (epochMs >= change.at) offsetMs = change.offsetMs;
    return Math.floor((epochMs + offsetMs) / MS_PER_MINUTE);
  };
}
