import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ICS_LIMITS, IcsParseError, parseIcsBusy } from './parse-ics-busy';
import { calendar, event, fakeFixedZone, manyEvents } from './testing/ics-test-files';

const fixture = readFileSync(join(__dirname, 'fixtures/weekly-supervision.ics'), 'utf8');
const MARCH = { from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-04-01T00:00:00Z') };
const iso = (intervals: { start: Date; end: Date }[]) => intervals.map(({ start, end }) => [start.toISOString(), end.toISOString()]);

describe('parseIcsBusy', () => {
  it('expands a weekly rule across DST with its EXDATE and moved occurrence, keeps all-day and UTC events, skips cancelled and free ones', () => {
    expect(iso(parseIcsBusy(fixture, MARCH, 'America/Chicago'))).toEqual([
      ['2026-03-02T15:00:00.000Z', '2026-03-02T16:00:00.000Z'], // 10:00 EST
      ['2026-03-04T20:00:00.000Z', '2026-03-04T20:45:00.000Z'], // UTC with DURATION
      ['2026-03-05T06:00:00.000Z', '2026-03-06T06:00:00.000Z'], // all-day, in the therapist's zone (Chicago, CST)
      ['2026-03-09T14:00:00.000Z', '2026-03-09T15:00:00.000Z'], // 10:00 EDT after the 8 March change
      // 16 March is excluded (EXDATE)
      ['2026-03-23T18:00:00.000Z', '2026-03-23T19:00:00.000Z'], // moved to 14:00 EDT
    ]);
  });

  it('returns only what overlaps the range', () => {
    const range = { from: new Date('2026-03-08T00:00:00Z'), to: new Date('2026-03-20T00:00:00Z') };
    expect(iso(parseIcsBusy(fixture, range, 'UTC'))).toEqual([['2026-03-09T14:00:00.000Z', '2026-03-09T15:00:00.000Z']]);
  });

  it('reads floating times in the default zone, not the host zone', () => {
    const floating = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//EN', 'BEGIN:VEVENT', 'UID:f@t', 'DTSTAMP:20260101T000000Z',
      'DTSTART:20260310T090000', 'DTEND:20260310T093000', 'END:VEVENT', 'END:VCALENDAR',
    ].join('\r\n');
    expect(iso(parseIcsBusy(floating, MARCH, 'Asia/Kolkata'))).toEqual([['2026-03-10T03:30:00.000Z', '2026-03-10T04:00:00.000Z']]);
  });

  it('uses an IANA TZID even without a VTIMEZONE block', () => {
    const text = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//EN', 'BEGIN:VEVENT', 'UID:z@t', 'DTSTAMP:20260101T000000Z',
      'DTSTART;TZID=Europe/London:20260330T090000', 'DTEND;TZID=Europe/London:20260330T100000', 'END:VEVENT', 'END:VCALENDAR',
    ].join('\r\n');
    expect(iso(parseIcsBusy(text, { from: new Date('2026-03-29T00:00:00Z'), to: new Date('2026-04-02T00:00:00Z') }, 'UTC'))).toEqual([
      ['2026-03-30T08:00:00.000Z', '2026-03-30T09:00:00.000Z'], // BST
    ]);
  });

  it.each(['not a calendar', 'BEGIN:VEVENT\nEND:VEVENT', 'BEGIN:VCALENDAR\r\nDTSTART:secret-looking-line\r\n'])('rejects %j with a readable error that does not quote the file', (text) => {
    expect(() => parseIcsBusy(text, MARCH, 'UTC')).toThrow(IcsParseError);
    expect(() => parseIcsBusy(text, MARCH, 'UTC')).not.toThrow(/secret|DTSTART/);
    // In plain words a therapist can act on: no format jargon, and a next step.
    expect(() => parseIcsBusy(text, MARCH, 'UTC')).not.toThrow(/VCALENDAR|VEVENT|iCalendar|RRULE|parse/i);
    expect(() => parseIcsBusy(text, MARCH, 'UTC')).toThrow(/Export the calendar again/);
  });
});

describe('parseIcsBusy time zones', () => {
  const newYorkMorning = calendar(...event('ny@t', 'DTSTART;TZID=America/New_York:20260310T090000', 'DTEND;TZID=America/New_York:20260310T100000'));

  it('keeps a DURATION end in the zone of a TZID that has no VTIMEZONE', () => {
    const text = calendar(event('d@t', 'DTSTART;TZID=America/New_York:20260310T090000', 'DURATION:PT1H'));
    expect(iso(parseIcsBusy(text, MARCH, 'UTC'))).toEqual([['2026-03-10T13:00:00.000Z', '2026-03-10T14:00:00.000Z']]);
  });

  it("uses a file's own VTIMEZONE for that file only: another file naming the same TZID gets the real zone", () => {
    const withFakeZone = calendar(...fakeFixedZone('America/New_York'), ...event('a@t', 'DTSTART;TZID=America/New_York:20260310T090000', 'DTEND;TZID=America/New_York:20260310T100000'));
    expect(iso(parseIcsBusy(withFakeZone, MARCH, 'UTC'))).toEqual([['2026-03-10T04:00:00.000Z', '2026-03-10T05:00:00.000Z']]); // its own +05:00
    expect(iso(parseIcsBusy(newYorkMorning, MARCH, 'UTC'))).toEqual([['2026-03-10T13:00:00.000Z', '2026-03-10T14:00:00.000Z']]); // real EDT
  });
});

describe('parseIcsBusy limits', () => {
  const small = { ...ICS_LIMITS, maxBusyIntervals: 5, maxRecurrenceSteps: 100 };
  const dailyFromMarch = calendar(...event('d@t', 'DTSTART:20260301T090000Z', 'DTEND:20260301T100000Z', 'RRULE:FREQ=DAILY'));

  it('refuses more events than the cap, before building them, naming the number', () => {
    expect(() => parseIcsBusy(manyEvents(100_000), MARCH, 'UTC')).toThrow(new IcsParseError('This calendar has more than 10,000 events. Export a shorter date range.'));
  });

  it('counts busy intervals after expansion', () => {
    expect(iso(parseIcsBusy(dailyFromMarch, { from: MARCH.from, to: new Date('2026-03-06T00:00:00Z') }, 'UTC', small))).toHaveLength(5);
    expect(() => parseIcsBusy(dailyFromMarch, MARCH, 'UTC', small)).toThrow(/more than 5 busy times/);
  });

  it('stops a rule that repeats forever from long ago once the step budget is spent', () => {
    const hourlySince1970 = calendar(...event('h@t', 'DTSTART:19700101T000000Z', 'DURATION:PT30M', 'RRULE:FREQ=HOURLY'));
    expect(() => parseIcsBusy(hourlySince1970, MARCH, 'UTC')).toThrow(/repeat too many times/);
  });

  it('bounds many small recurring events together (a "billion laughs" of rules), not each alone', () => {
    const rules = Array.from({ length: 2_000 }, (_, i) => event(`r${i}@t`, 'DTSTART:20200101T090000Z', 'DURATION:PT1H', 'RRULE:FREQ=DAILY;COUNT=40'));
    expect(() => parseIcsBusy(calendar(rules.flat()), MARCH, 'UTC')).toThrow(/repeat too many times/);
  });

  it.each(['FREQ=SECONDLY', 'FREQ=MINUTELY;INTERVAL=30', 'FREQ=HOURLY;BYMINUTE=0,30', 'FREQ=DAILY;BYSECOND=1,2'])('refuses a sub-hourly rule %s', (rule) => {
    const text = calendar(...event('s@t', 'DTSTART:20260301T090000Z', 'DURATION:PT1M', `RRULE:${rule}`));
    expect(() => parseIcsBusy(text, MARCH, 'UTC')).toThrow(/more often than once an hour/);
  });

  it('accepts an hourly rule', () => {
    const text = calendar(...event('o@t', 'DTSTART:20260302T090000Z', 'DURATION:PT15M', 'RRULE:FREQ=HOURLY;COUNT=3'));
    expect(parseIcsBusy(text, MARCH, 'UTC')).toHaveLength(3);
  });

  it('refuses deeply nested components', () => {
    const nested = [...Array.from({ length: 50 }, (_, i) => `BEGIN:X-N${i}`), ...Array.from({ length: 50 }, (_, i) => `END:X-N${49 - i}`)];
    expect(() => parseIcsBusy(calendar(...nested), MARCH, 'UTC')).toThrow(/nests its entries too deeply/);
  });

  it('reads a calendar with a huge line and invalid UTF-8 without crashing', () => {
    const huge = `DESCRIPTION:${'x'.repeat(900_000)}`;
    const invalidUtf8 = Buffer.from([0x53, 0x55, 0x4d, 0x4d, 0x41, 0x52, 0x59, 0x3a, 0xc3, 0x28, 0xff, 0xfe]).toString('utf8') + '\ud800';
    const text = calendar(...event('u@t', 'DTSTART:20260310T090000Z', 'DTEND:20260310T100000Z', huge, invalidUtf8));
    expect(iso(parseIcsBusy(text, MARCH, 'UTC'))).toEqual([['2026-03-10T09:00:00.000Z', '2026-03-10T10:00:00.000Z']]);
  });

  it('refuses an event with impossible fields (month 99, hour 99) instead of hanging in ical.js', () => {
    const text = calendar(...event('x@t', 'DTSTART:99999999T999999Z', 'RRULE:FREQ=DAILY;COUNT=999999999'));
    expect(() => parseIcsBusy(text, MARCH, 'UTC')).toThrow(/impossible start time/);
  });
});
