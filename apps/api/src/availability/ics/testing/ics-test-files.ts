import { addDays } from '@rapport/domain';

// Builders for iCalendar text in tests: real calendars and hostile ones, generated, never stored.

export function calendar(...lines: (string | string[])[]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Rapport tests//EN', ...lines.flat(), 'END:VCALENDAR', ''].join('\r\n');
}

export function event(uid: string, ...lines: string[]): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260101T000000Z', ...lines, 'END:VEVENT'];
}

/** `count` one-hour events, one a day from 1 March 2026, in UTC. */
export function manyEvents(count: number): string {
  const events = Array.from({ length: count }, (_, i) => {
    const day = addDays('2026-03-01', i).replaceAll('-', '');
    return event(`e${i}@t`, `DTSTART:${day}T090000Z`, `DTEND:${day}T100000Z`);
  });
  return calendar(events.flat());
}

/** A VTIMEZONE claiming `tzid` is a fixed UTC+05:00 zone (what a hostile or broken file may say). */
export function fakeFixedZone(tzid: string): string[] {
  return ['BEGIN:VTIMEZONE', `TZID:${tzid}`, 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0500', 'TZOFFSETTO:+0500', 'TZNAME:FAKE', 'END:STANDARD', 'END:VTIMEZONE'];
}
