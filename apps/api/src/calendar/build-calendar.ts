import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { durationMs, MS_PER_SECOND } from '@rapport/domain';
import { zonedInstant } from './zoned-instant';

export type CalendarEventStatus = 'CONFIRMED' | 'CANCELLED';

/** One appointment in a calendar file. Times are instants; `timeZone` is the wall clock they are written in. */
export interface CalendarEvent {
  /** Stable across updates (e.g. `booking-<id>@rapport`): a calendar app replaces the event with the same UID. */
  uid: string;
  start: Date;
  end: Date;
  /** IANA zone: times are written as `DTSTART;TZID=zone:local time`, with the zone's VTIMEZONE in the file. */
  timeZone: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status: CalendarEventStatus;
  /** Raised on every change (reschedule, cancel) so calendar apps take the newer copy. */
  sequence: number;
}

export interface CalendarFile {
  /** The calendar's name (X-WR-CALNAME). */
  name: string;
  events: CalendarEvent[];
  /** DTSTAMP of every event: when this file was made (the caller's Clock). */
  generatedAt: Date;
}

const PRODUCT_ID = { company: 'Rapport', product: 'Rapport', language: 'EN' };

/**
 * A calendar file for one or a few events, e.g. the `.ics` attached to a
 * booking confirmation or downloaded from `GET /bookings/:id.ics`.
 * METHOD:PUBLISH: an "add to calendar" file; a later file with the same UID,
 * a higher SEQUENCE and STATUS:CANCELLED removes or updates it.
 */
export function buildCalendar(file: CalendarFile): string {
  const calendar = newCalendar(file);
  calendar.method(ICalCalendarMethod.PUBLISH);
  return calendar.toString();
}

/**
 * A subscription feed of many events (a therapist's bookings): no METHOD, and
 * a refresh hint so calendar apps poll it every `refreshEvery` (default 1 hour).
 */
export function buildCalendarFeed(file: CalendarFile & { refreshEvery?: { hours?: number; minutes?: number } }): string {
  const calendar = newCalendar(file);
  calendar.ttl(durationMs(file.refreshEvery ?? { hours: 1 }) / MS_PER_SECOND);
  return calendar.toString();
}

function newCalendar({ name, events, generatedAt }: CalendarFile): ICalCalendar {
  // No calendar-wide zone: DTSTAMP stays UTC (…Z), each event carries its own TZID,
  // and the generator writes one VTIMEZONE per zone the events use.
  const calendar = ical({ name, prodId: PRODUCT_ID, timezone: { name: null, generator: getVtimezoneComponent } });
  for (const event of events) {
    if (!(event.end > event.start)) throw new RangeError(`calendar: event ${event.uid} ends before it starts`);
    if (!Number.isInteger(event.sequence) || event.sequence < 0) throw new RangeError(`calendar: event ${event.uid} needs a whole, non-negative sequence`);
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      stamp: generatedAt,
      start: zonedInstant(event.start, event.timeZone),
      end: zonedInstant(event.end, event.timeZone),
      timezone: event.timeZone,
      summary: event.summary,
      description: event.description ?? null,
      location: event.location ?? null,
      url: event.url ?? null,
      status: event.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar;
}
