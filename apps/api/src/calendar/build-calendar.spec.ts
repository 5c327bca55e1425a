/**
 * Run with the host in Kathmandu (+05:45, no DST): a calendar built from the host's
 * wall clock instead of each event's zone would show here.
 * @jest-environment ./test/support/timezone-environment.js
 * @jest-environment-options {"timeZone": "Asia/Kathmandu"}
 */
import type ICALModule from 'ical.js' with { 'resolution-mode': 'import' };
import { addDuration } from '@rapport/domain';
import { buildCalendar, buildCalendarFeed, CalendarEvent } from './build-calendar';
// ical.js ships a CommonJS build under its "require" export; its types describe the ES module.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL: typeof ICALModule = require('ical.js');

const GENERATED_AT = new Date('2027-03-01T09:30:00Z');

// Weekly 18:00 in New York across the spring change (2027-03-14): 23:00Z before, 22:00Z after.
const BEFORE_DST: CalendarEvent = {
  uid: 'booking-1@rapport',
  start: new Date('2027-03-07T23:00:00Z'),
  end: new Date('2027-03-07T23:50:00Z'),
  timeZone: 'America/New_York',
  summary: 'Therapy session with Dr. Rivera',
  description: 'Video session. Join: https://meet.example/abc',
  location: 'Video call',
  url: 'https://rapport.example/bookings/1',
  status: 'CONFIRMED',
  sequence: 0,
};
const AFTER_DST: CalendarEvent = { ...BEFORE_DST, uid: 'booking-2@rapport', start: new Date('2027-03-14T22:00:00Z'), end: new Date('2027-03-14T22:50:00Z') };

interface ParsedEvent {
  uid: string;
  sequence: number;
  status: string;
  summary: string;
  description: string | null;
  location: string | null;
  url: string | null;
  start: Date;
  end: Date;
  startZone: string;
  endZone: string;
  startLocal: string;
  endLocal: string;
  stamp: string;
}

/** Parses with ical.js, resolving each TZID through the file's own VTIMEZONE, as a calendar app would. */
function parse(icsText: string): { calendar: InstanceType<typeof ICAL.Component>; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(icsText));
  const zones = new Map(calendar.getAllSubcomponents('vtimezone').map((component) => {
    const zone = new ICAL.Timezone(component);
    return [zone.tzid, zone] as const;
  }));
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const zoned = (time: InstanceType<typeof ICAL.Time>) => {
      const tzid = component.getFirstProperty(time === event.startDate ? 'dtstart' : 'dtend')!.getParameter('tzid') as string;
      const zone = zones.get(tzid);
      if (!zone) throw new Error(`no VTIMEZONE for ${tzid}`);
      const inZone = ICAL.Time.fromData({ year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second }, zone);
      return { tzid, instant: inZone.toJSDate(), local: time.toString() };
    };
    const start = zoned(event.startDate);
    const end = zoned(event.endDate);
    return {
      uid: event.uid,
      sequence: event.sequence,
      status: component.getFirstPropertyValue('status') as string,
      summary: event.summary,
      description: (component.getFirstPropertyValue('description') as string | null) ?? null,
      location: (component.getFirstPropertyValue('location') as string | null) ?? null,
      url: (component.getFirstPropertyValue('url') as string | null) ?? null,
      start: start.instant,
      end: end.instant,
      startZone: start.tzid,
      endZone: end.tzid,
      startLocal: start.local,
      endLocal: end.local,
      stamp: component.getFirstProperty('dtstamp')!.toICALString(),
    };
  });
  return { calendar, events };
}

describe('buildCalendar', () => {
  it('runs with the host in Kathmandu', () => {
    expect(new Date('2027-03-07T00:00:00Z').getHours()).toBe(5);
  });

  it('writes each time in its zone with a VTIMEZONE, and the same instants come back', () => {
    const { calendar, events } = parse(buildCalendar({ name: 'Rapport session', events: [BEFORE_DST], generatedAt: GENERATED_AT }));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Rapport//Rapport//EN');
    expect(calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['America/New_York']);
    expect(events).toEqual([
      {
        uid: 'booking-1@rapport',
        sequence: 0,
        status: 'CONFIRMED',
        summary: 'Therapy session with Dr. Rivera',
        description: 'Video session. Join: https://meet.example/abc',
        location: 'Video call',
        url: 'https://rapport.example/bookings/1',
        start: BEFORE_DST.start,
        end: BEFORE_DST.end,
        startZone: 'America/New_York',
        endZone: 'America/New_York',
        startLocal: '2027-03-07T18:00:00',
        endLocal: '2027-03-07T18:50:00',
        // DTSTAMP is UTC, as RFC 5545 requires.
        stamp: 'DTSTAMP:20270301T093000Z',
      },
    ]);
  });

  it('keeps 18:00 local on both sides of a DST change, at different UTC instants', () => {
    const { events } = parse(buildCalendar({ name: 'Weekly', events: [BEFORE_DST, AFTER_DST], generatedAt: GENERATED_AT }));
    expect(events.map((event) => [event.startLocal, event.start.toISOString()])).toEqual([
      ['2027-03-07T18:00:00', '2027-03-07T23:00:00.000Z'],
      ['2027-03-14T18:00:00', '2027-03-14T22:00:00.000Z'],
    ]);
  });

  it('marks a cancelled event with its UID and a higher sequence, so calendar apps replace the old copy', () => {
    const { events } = parse(buildCalendar({ name: 'Rapport session', events: [{ ...BEFORE_DST, status: 'CANCELLED', sequence: 3 }], generatedAt: GENERATED_AT }));
    expect(events.map(({ uid, status, sequence }) => ({ uid, status, sequence }))).toEqual([{ uid: 'booking-1@rapport', status: 'CANCELLED', sequence: 3 }]);
  });

  it('writes a zone per event, with unusual offsets (Kathmandu +05:45, Lord Howe half-hour DST)', () => {
    const kathmandu: CalendarEvent = { ...BEFORE_DST, uid: 'k@rapport', timeZone: 'Asia/Kathmandu', start: new Date('2027-03-07T03:15:00Z'), end: new Date('2027-03-07T04:05:00Z') };
    // Lord Howe leaves DST (+11 → +10:30) on 2027-04-04: 09:00 local either side.
    const lordHoweBefore: CalendarEvent = { ...BEFORE_DST, uid: 'lh1@rapport', timeZone: 'Australia/Lord_Howe', start: new Date('2027-04-02T22:00:00Z'), end: new Date('2027-04-02T22:50:00Z') };
    const lordHoweAfter: CalendarEvent = { ...BEFORE_DST, uid: 'lh2@rapport', timeZone: 'Australia/Lord_Howe', start: new Date('2027-04-05T22:30:00Z'), end: new Date('2027-04-05T23:20:00Z') };
    const { calendar, events } = parse(buildCalendar({ name: 'Zones', events: [BEFORE_DST, kathmandu, lordHoweBefore, lordHoweAfter], generatedAt: GENERATED_AT }));
    expect(calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid')).sort()).toEqual(['America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe']);
    expect(events.map(({ uid, startZone, startLocal, start }) => ({ uid, startZone, startLocal, start: start.toISOString() }))).toEqual([
      { uid: 'booking-1@rapport', startZone: 'America/New_York', startLocal: '2027-03-07T18:00:00', start: '2027-03-07T23:00:00.000Z' },
      { uid: 'k@rapport', startZone: 'Asia/Kathmandu', startLocal: '2027-03-07T09:00:00', start: '2027-03-07T03:15:00.000Z' },
      { uid: 'lh1@rapport', startZone: 'Australia/Lord_Howe', startLocal: '2027-04-03T09:00:00', start: '2027-04-02T22:00:00.000Z' },
      { uid: 'lh2@rapport', startZone: 'Australia/Lord_Howe', startLocal: '2027-04-06T09:00:00', start: '2027-04-05T22:30:00.000Z' },
    ]);
  });

  it('escapes text so a summary cannot add properties', () => {
    const { events } = parse(buildCalendar({ name: 'x', events: [{ ...BEFORE_DST, summary: 'Session; with, commas\nSTATUS:CANCELLED' }], generatedAt: GENERATED_AT }));
    expect(events[0]).toMatchObject({ summary: 'Session; with, commas\nSTATUS:CANCELLED', status: 'CONFIRMED' });
  });

  it('refuses an unknown zone, an event that ends before it starts, and a negative sequence', () => {
    const build = (event: CalendarEvent) => () => buildCalendar({ name: 'x', events: [event], generatedAt: GENERATED_AT });
    expect(build({ ...BEFORE_DST, timeZone: 'Mars/Olympus_Mons' })).toThrow('is not an IANA time zone');
    expect(build({ ...BEFORE_DST, end: BEFORE_DST.start })).toThrow('ends before it starts');
    expect(build({ ...BEFORE_DST, sequence: -1 })).toThrow('sequence');
  });
});

describe('buildCalendarFeed', () => {
  it('holds many events with no METHOD and a refresh interval', () => {
    const events = Array.from({ length: 30 }, (_, week): CalendarEvent => ({
      ...BEFORE_DST,
      uid: `booking-w${week}@rapport`,
      // Weekly from 2027-02-07 (EST) past 2027-03-14 (EDT): 18:00 local each week.
      start: addDuration(new Date('2027-02-07T23:00:00Z'), { days: 7 * week, hours: week >= 5 ? -1 : 0 }),
      end: addDuration(new Date('2027-02-07T23:50:00Z'), { days: 7 * week, hours: week >= 5 ? -1 : 0 }),
      sequence: week % 3,
      status: week % 4 === 0 ? 'CANCELLED' : 'CONFIRMED',
    }));
    const text = buildCalendarFeed({ name: 'Dr. Rivera — Rapport bookings', events, generatedAt: GENERATED_AT, refreshEvery: { minutes: 30 } });
    const { calendar, events: parsed } = parse(text);
    expect(calendar.getFirstPropertyValue('method')).toBeNull();
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Dr. Rivera — Rapport bookings');
    expect(calendar.getFirstPropertyValue('x-published-ttl')).toBe('PT30M');
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(1);
    expect(parsed).toHaveLength(30);
    // Through the spring change (week 5) every one of them is 18:00 in New York.
    expect(new Set(parsed.map((event) => event.startLocal.slice(11)))).toEqual(new Set(['18:00:00']));
    expect(parsed.map((event) => event.start.toISOString())).toEqual(events.map((event) => event.start.toISOString()));
    expect(parsed.map(({ status, sequence }) => ({ status, sequence }))).toEqual(events.map(({ status, sequence }) => ({ status, sequence })));
  });
});
