import type ICALModule from 'ical.js' with { 'resolution-mode': 'import' };
// ical.js ships a CommonJS build under its "require" export; its types describe the ES module.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL: typeof ICALModule = require('ical.js');
type Component = InstanceType<typeof ICAL.Component>;
type Event = InstanceType<typeof ICAL.Event>;
type Time = InstanceType<typeof ICAL.Time>;
import { addDays, addDuration, isValidTimeZone, localDateTimeToInstant } from '@rapport/domain';

export interface BusyInterval {
  start: Date;
  end: Date;
}

/** What a file may cost to read. A real calendar export stays far below each. */
export interface IcsLimits {
  /** VEVENTs in the file. */
  maxEvents: number;
  /** BEGIN:… blocks of any kind, and how deeply they may nest. */
  maxComponents: number;
  maxNesting: number;
  /** Busy intervals that land in the range, after recurring events are expanded. */
  maxBusyIntervals: number;
  /** Recurrence steps over the whole file, including those before the range. */
  maxRecurrenceSteps: number;
}

export const ICS_LIMITS: IcsLimits = {
  maxEvents: 10_000,
  maxComponents: 25_000,
  maxNesting: 8,
  maxBusyIntervals: 10_000,
  maxRecurrenceSteps: 20_000, // ical.js takes ~30 µs a step: about a second at most
};

/** A file we will not read; the message is written for the therapist and never quotes the file. */
export class IcsParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IcsParseError';
  }
}

const SUB_HOURLY = new Set(['SECONDLY', 'MINUTELY']);

/**
 * Busy intervals from iCalendar text within [from, to): recurring events
 * expanded (RRULE, RDATE, EXDATE, moved occurrences), cancelled and
 * "free" (TRANSP:TRANSPARENT) events ignored. Times with the file's own
 * VTIMEZONE or a known IANA TZID keep their zone; floating times and all-day
 * dates are read in `defaultZone` (the therapist's), never the server's.
 * A file's VTIMEZONEs are resolved from that file alone (ical.js's
 * process-wide TimezoneService is never written), so one therapist's file
 * cannot change how another's is read. Throws IcsParseError past `limits`.
 */
export function parseIcsBusy(icsText: string, range: { from: Date; to: Date }, defaultZone: string, limits: IcsLimits = ICS_LIMITS): BusyInterval[] {
  checkShape(icsText, limits);
  try {
    return busyIntervals(new ICAL.Component(ICAL.parse(icsText)), range, defaultZone, limits);
  } catch (error) {
    // ical.js errors quote the offending line: never echoed, the file may not be the therapist's own words.
    if (error instanceof IcsParseError) throw error;
    throw new IcsParseError("This isn't a calendar file we can read. Export the calendar again from your calendar app (as an .ics file) and try again.");
  }
}

function busyIntervals(calendar: Component, range: { from: Date; to: Date }, defaultZone: string, limits: IcsLimits): BusyInterval[] {
  if (calendar.name !== 'vcalendar') throw new IcsParseError("This file has no calendar in it. Export the calendar again from your calendar app (as an .ics file) and try again.");

  const events = calendar.getAllSubcomponents('vevent');
  const exceptionsByUid = new Map<unknown, Component[]>();
  for (const event of events) {
    if (!event.hasProperty('recurrence-id')) continue;
    const uid = event.getFirstPropertyValue('uid');
    exceptionsByUid.set(uid, [...(exceptionsByUid.get(uid) ?? []), event]);
  }
  const budget = { steps: limits.maxRecurrenceSteps, intervals: limits.maxBusyIntervals };
  const busy: BusyInterval[] = [];
  for (const component of events) {
    if (component.hasProperty('recurrence-id')) continue; // handled through its master
    refuseSubHourly(component);
    const event = new ICAL.Event(component, { strictExceptions: true, exceptions: exceptionsByUid.get(component.getFirstPropertyValue('uid')) ?? [] });
    if (!event.startDate) continue;
    for (const which of ['start', 'end'] as const) {
      const raw = component.getFirstPropertyValue(`dt${which}`);
      if (raw instanceof ICAL.Time) assertRealTime(raw, which);
    }
    const occurrences = event.isRecurring() ? expand(event, range, budget) : [{ start: event.startDate, end: event.endDate, event }];
    for (const occurrence of occurrences) {
      if (!blocksTime(occurrence.event.component)) continue;
      const start = toInstant(occurrence.start, defaultZone);
      // An end computed from DURATION loses an unresolved TZID: it is in the start's zone.
      const startZone = wallClockZone(occurrence.start, defaultZone);
      const end = occurrence.end ? toInstant(occurrence.end, startZone) : defaultEnd(occurrence.start, start, startZone);
      if (!(end > start && start < range.to && end > range.from)) continue;
      if (--budget.intervals < 0) {
        throw new IcsParseError(`This calendar has more than ${limits.maxBusyIntervals.toLocaleString('en-US')} busy times in your booking horizon. Share a calendar with fewer events.`);
      }
      busy.push({ start, end });
    }
  }
  return busy.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** One cheap pass over the raw lines before ical.js builds anything: counts and nesting. */
function checkShape(icsText: string, limits: IcsLimits): void {
  let depth = 0;
  let components = 0;
  let events = 0;
  for (const match of icsText.matchAll(/^(BEGIN|END):([^\r\n]*)/gim)) {
    if (match[1].toUpperCase() === 'END') {
      depth--;
      continue;
    }
    depth++;
    components++;
    if (match[2].trim().toUpperCase() === 'VEVENT') events++;
    if (depth > limits.maxNesting) throw new IcsParseError('This calendar file nests its entries too deeply to be a real calendar.');
    if (events > limits.maxEvents) {
      throw new IcsParseError(`This calendar has more than ${limits.maxEvents.toLocaleString('en-US')} events. Export a shorter date range.`);
    }
    if (components > limits.maxComponents) throw new IcsParseError('This calendar file has too many entries to read. Export a shorter date range.');
  }
}

/** Events repeating more often than hourly (by FREQ, or by several BYMINUTE/BYSECOND values) are refused. */
function refuseSubHourly(component: Component): void {
  for (const property of component.getAllProperties('rrule')) {
    const rule = property.getFirstValue() as InstanceType<typeof ICAL.Recur> | null;
    if (!rule) continue;
    const parts = rule.parts ?? {};
    if (SUB_HOURLY.has(String(rule.freq)) || (parts.BYMINUTE?.length ?? 0) > 1 || (parts.BYSECOND?.length ?? 0) > 1) {
      throw new IcsParseError('This calendar has an event that repeats more often than once an hour, which we cannot read.');
    }
  }
}

/**
 * ical.js keeps impossible fields as written (DTSTART:99999999T999999Z is
 * month 99, hour 99), and its recurrence iterator then never returns.
 */
function assertRealTime(time: Time, which: 'start' | 'end'): void {
  const inRange = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;
  const real =
    inRange(time.year, 1, 9999) && inRange(time.month, 1, 12) && inRange(time.day, 1, 31) &&
    (time.isDate || (inRange(time.hour, 0, 23) && inRange(time.minute, 0, 59) && inRange(time.second, 0, 60)));
  if (!real) throw new IcsParseError(`An event has an impossible ${which} time. Export the calendar again.`);
}

function expand(event: Event, range: { from: Date; to: Date }, budget: { steps: number }) {
  const occurrences: { start: Time; end: Time; event: Event }[] = [];
  // A margin past `to`: floating and all-day times are placed in a zone only later.
  const stopAt = addDuration(range.to, { days: 2 }).getTime();
  const iterator = event.iterator();
  for (let next = iterator.next(); next; next = iterator.next()) {
    if (--budget.steps < 0) {
      throw new IcsParseError('This calendar has recurring events that repeat too many times to read. Export a shorter date range.');
    }
    const details = event.getOccurrenceDetails(next);
    if (details.startDate.toJSDate().getTime() >= stopAt) break;
    occurrences.push({ start: details.startDate, end: details.endDate, event: details.item });
  }
  return occurrences;
}

function blocksTime(component: Component): boolean {
  const status = String(component.getFirstPropertyValue('status') ?? '').toUpperCase();
  const transparency = String(component.getFirstPropertyValue('transp') ?? '').toUpperCase();
  return status !== 'CANCELLED' && transparency !== 'TRANSPARENT';
}

/** An event without DTEND or DURATION lasts a day when it is a date, else no time at all. */
function defaultEnd(startTime: Time, start: Date, zone: string): Date {
  if (!startTime.isDate) return start;
  return toInstant(startTime, zone, 1);
}

function toInstant(time: Time, fallbackZone: string, plusDays = 0): Date {
  const tzid = time.zone?.tzid;
  // UTC, or a zone this file defines in its own VTIMEZONE (ical.js finds those in the file's tree only).
  if (!time.isDate && tzid && tzid !== 'floating') return new Date(time.toUnixTime() * 1000);
  // Floating, all-day, or a TZID without a VTIMEZONE: read the wall time in a real zone ourselves.
  const localDate = addDays(`${pad(time.year, 4)}-${pad(time.month, 2)}-${pad(time.day, 2)}`, plusDays);
  const minutes = time.isDate ? 0 : time.hour * 60 + time.minute;
  return localDateTimeToInstant(localDate, minutes, wallClockZone(time, fallbackZone)).instant;
}

/** The IANA zone a floating time is read in: its unresolved TZID when that is a real zone, else the fallback. */
function wallClockZone(time: Time, fallbackZone: string): string {
  // ical.js keeps an unresolved TZID on `timezone` and treats the time as floating.
  const named = (time as Time & { timezone?: string }).timezone;
  return named && isValidTimeZone(named) ? named : fallbackZone;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
