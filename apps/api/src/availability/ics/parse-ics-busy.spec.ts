import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IcsParseError, MAX_OCCURRENCES_PER_FILE, parseIcsBusy } from './parse-ics-busy';

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

  it.each(['not a calendar', 'BEGIN:VEVENT\nEND:VEVENT'])('rejects %j with a readable error', (text) => {
    expect(() => parseIcsBusy(text, MARCH, 'UTC')).toThrow(IcsParseError);
  });

  const event = (lines: string[], uid = 'e@t') =>
    ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260101T000000Z', ...lines, 'END:VEVENT'];
  const calendar = (...events: string[][]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//EN', ...events.flat(), 'END:VCALENDAR'].join('\r\n');

  it('refuses an event with impossible fields (month 99, hour 99) instead of hanging in ical.js', () => {
    const lines = ['DTSTART:99999999T999999Z', 'RRULE:FREQ=SECONDLY;COUNT=999999999'];
    expect(() => parseIcsBusy(calendar(event(lines)), MARCH, 'UTC')).toThrow(/impossible start time/);
  });

  it(`refuses a file with more than ${MAX_OCCURRENCES_PER_FILE} events and repetitions in all`, () => {
    const minutely = Array.from({ length: 6 }, (_, index) => event(['DTSTART:20260303T140000Z', 'DTEND:20260303T140100Z', 'RRULE:FREQ=MINUTELY'], `m${index}@t`));
    expect(() => parseIcsBusy(calendar(...minutely), MARCH, 'UTC')).toThrow(/more than 10,000 events and repetitions/);
    // One such rule alone stays within the per-event cap and the file budget.
    expect(parseIcsBusy(calendar(minutely[0]), MARCH, 'UTC')).toHaveLength(2_000);
    const single = (index: number) => event([`DTSTART:20260310T${String(index % 24).padStart(2, '0')}0000Z`, 'DURATION:PT30M'], `s${index}@t`);
    expect(() => parseIcsBusy(calendar(...Array.from({ length: MAX_OCCURRENCES_PER_FILE + 1 }, (_, index) => single(index))), MARCH, 'UTC')).toThrow(IcsParseError);
  });
});
