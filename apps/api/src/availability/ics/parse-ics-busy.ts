import type ICALModule from 'ical.js' with { 'resolution-mode': 'import' };
// ical.js ships a CommonJS build under its "require" export; its types describe the ES module.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL: typeof ICALModule = require('ical.js');
type Component = InstanceType<typeof ICAL.Component>;
type Event = InstanceType<typeof ICAL.Event>;
type Time = InstanceType<typeof ICAL.Time>;
import { addDays, isValidTimeZone, localDateTimeToInstant } from '@rapport/domain';

export interface BusyInterval {
  start: Date;
  end: Date;
}

export class IcsParseError extends Error {}

const MAX_OCCURRENCES_PER_EVENT = 2_000;
/**
 * Expanding one occurrence costs ical.js a fraction of a millisecond, so a
 * small file of minutely or secondly rules could keep the server busy for
 * minutes; past this many events and repetitions in all, the file is refused.
 */
export const MAX_OCCURRENCES_PER_FILE = 10_000;

/**
 * Busy intervals from iCalendar text within [from, to): recurring events
 * expanded (RRULE, RDATE, EXDATE, moved occurrences), cancelled and
 * "free" (TRANSP:TRANSPARENT) events ignored. Times with a VTIMEZONE or a
 * known IANA TZID keep their zone; floating times and all-day dates are read
 * in `defaultZone` (the therapist's), never the server's.
 */
export function parseIcsBusy(icsText: string, range: { from: Date; to: Date }, defaultZone: string): BusyInterval[] {
  let calendar: Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(icsText));
  } catch (error) {
    throw new IcsParseError(`This is not a valid iCalendar file (${error instanceof Error ? error.message : 'unreadable'}).`);
  }
  if (calendar.name !== 'vcalendar') throw new IcsParseError('This is not an iCalendar file: it has no VCALENDAR.');
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone);
  }

  const events = calendar.getAllSubcomponents('vevent');
  const exceptions = events.filter((event) => event.hasProperty('recurrence-id'));
  const busy: BusyInterval[] = [];
  let budget = MAX_OCCURRENCES_PER_FILE;
  for (const component of events) {
    if (component.hasProperty('recurrence-id')) continue; // handled through its master
    const uid = component.getFirstPropertyValue('uid');
    const event = new ICAL.Event(component, {
      strictExceptions: true,
      exceptions: exceptions.filter((exception) => exception.getFirstPropertyValue('uid') === uid),
    });
    if (!event.startDate) continue;
    for (const which of ['start', 'end'] as const) {
      const raw = component.getFirstPropertyValue(`dt${which}`);
      if (raw instanceof ICAL.Time) assertRealTime(raw, which);
    }
    const occurrences = event.isRecurring() ? expand(event, range, budget) : [{ start: event.startDate, end: event.endDate, event }];
    budget -= occurrences.length;
    if (budget < 0) throw tooManyOccurrences();
    for (const occurrence of occurrences) {
      if (!blocksTime(occurrence.event.component)) continue;
      const start = toInstant(occurrence.start, defaultZone);
      const end = occurrence.end ? toInstant(occurrence.end, defaultZone) : defaultEnd(occurrence.start, start, defaultZone);
      if (end > start && start < range.to && end > range.from) busy.push({ start, end });
    }
  }
  return busy.sort((a, b) => a.start.getTime() - b.start.getTime());
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

function expand(event: Event, range: { from: Date; to: Date }, budget: number) {
  const occurrences: { start: Time; end: Time; event: Event }[] = [];
  const iterator = event.iterator();
  for (let next = iterator.next(), count = 0; next && count < MAX_OCCURRENCES_PER_EVENT; next = iterator.next(), count++) {
    if (occurrences.length >= budget) throw tooManyOccurrences();
    const details = event.getOccurrenceDetails(next);
    if (details.startDate.toJSDate() >= new Date(range.to.getTime() + 2 * 86_400_000)) break;
    occurrences.push({ start: details.startDate, end: details.endDate, event: details.item });
  }
  return occurrences;
}

function tooManyOccurrences(): IcsParseError {
  return new IcsParseError(
    `This calendar has more than ${MAX_OCCURRENCES_PER_FILE.toLocaleString('en-US')} events and repetitions; rules that repeat every minute or second cannot be imported.`,
  );
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

function toInstant(time: Time, defaultZone: string, plusDays = 0): Date {
  const tzid = time.zone?.tzid;
  if (!time.isDate && tzid === 'UTC') return new Date(time.toUnixTime() * 1000 + plusDays * 86_400_000);
  if (!time.isDate && tzid && tzid !== 'floating' && ICAL.TimezoneService.has(tzid)) {
    return new Date(time.toUnixTime() * 1000);
  }
  // Floating, all-day, or a TZID without a VTIMEZONE: read the wall time in a real zone ourselves.
  // ical.js keeps an unregistered TZID on `timezone` and treats the time as floating.
  const named = (time as Time & { timezone?: string }).timezone ?? tzid;
  const zone = named && isValidTimeZone(named) ? named : defaultZone;
  const localDate = addDays(`${pad(time.year, 4)}-${pad(time.month, 2)}-${pad(time.day, 2)}`, plusDays);
  const minutes = time.isDate ? 0 : time.hour * 60 + time.minute;
  return localDateTimeToInstant(localDate, minutes, zone).instant;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
