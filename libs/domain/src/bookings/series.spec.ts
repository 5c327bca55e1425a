import type { Slot } from '../availability';
import { nearestOpenAlternative } from './nearest-open-alternative';
import { planSeriesBookings, type SeriesRequest, seriesOccurrences, validateSeriesRequest } from './series';

const NEW_YORK = 'America/New_York';
const request = (overrides: Partial<SeriesRequest>): SeriesRequest => ({
  firstLocalDate: '2026-03-03',
  localStartTime: '18:00',
  timeZone: NEW_YORK,
  durationMinutes: 50,
  intervalWeeks: 1,
  occurrences: 3,
  ...overrides,
});
const slot = (startIso: string, minutes = 50): Slot => {
  const start = new Date(startIso);
  return { start, end: new Date(start.getTime() + minutes * 60_000) };
};
/** 'date@startZ' per occurrence, or 'date:NONEXISTENT'. */
const summary = (series: SeriesRequest) =>
  seriesOccurrences(series).map((occurrence) =>
    occurrence.kind === 'SLOT' ? `${occurrence.localDate}@${occurrence.start.toISOString()}` : `${occurrence.localDate}:NONEXISTENT`,
  );

describe('seriesOccurrences', () => {
  it.each([
    ['weekly 18:00 across spring forward stays 18:00 (EST 23:00Z, then EDT 22:00Z)', request({}),
      ['2026-03-03@2026-03-03T23:00:00.000Z', '2026-03-10@2026-03-10T22:00:00.000Z', '2026-03-17@2026-03-17T22:00:00.000Z']],
    ['every other week across fall back', request({ firstLocalDate: '2026-10-20', intervalWeeks: 2 }),
      ['2026-10-20@2026-10-20T22:00:00.000Z', '2026-11-03@2026-11-03T23:00:00.000Z', '2026-11-17@2026-11-17T23:00:00.000Z']],
    ['02:30 on the spring-forward Sunday does not exist and is reported, not moved', request({ firstLocalDate: '2026-03-01', localStartTime: '02:30' }),
      ['2026-03-01@2026-03-01T07:30:00.000Z', '2026-03-08:NONEXISTENT', '2026-03-15@2026-03-15T06:30:00.000Z']],
    ['01:30 on the fall-back Sunday happens twice: the earlier (EDT) one', request({ firstLocalDate: '2026-10-25', localStartTime: '01:30', occurrences: 2 }),
      ['2026-10-25@2026-10-25T05:30:00.000Z', '2026-11-01@2026-11-01T05:30:00.000Z']],
    ['Kathmandu has no DST: the same UTC time every week', request({ timeZone: 'Asia/Kathmandu', localStartTime: '09:15', occurrences: 2 }),
      ['2026-03-03@2026-03-03T03:30:00.000Z', '2026-03-10@2026-03-10T03:30:00.000Z']],
  ])('%s', (_case, series, expected) => {
    expect(summary(series)).toEqual(expected);
  });

  it('ends each occurrence after the duration in elapsed minutes', () => {
    const [first] = seriesOccurrences(request({ firstLocalDate: '2026-11-01', localStartTime: '01:30', durationMinutes: 60, occurrences: 1 }));
    expect(first).toMatchObject({ kind: 'SLOT', start: new Date('2026-11-01T05:30:00Z'), end: new Date('2026-11-01T06:30:00Z') });
  });

  it('allows up to 26 occurrences', () => {
    const occurrences = seriesOccurrences(request({ occurrences: 26, intervalWeeks: 2 }));
    expect(occurrences).toHaveLength(26);
    expect(occurrences[25].localDate).toBe('2027-02-16');
  });

  it('validates each field, naming it', () => {
    expect(validateSeriesRequest(request({}))).toEqual([]);
    const bad = { firstLocalDate: '2026-02-30', localStartTime: '24:00', timeZone: 'Mars/Olympus', durationMinutes: 0, intervalWeeks: 3 as never, occurrences: 27 };
    expect(validateSeriesRequest(bad, 'input').map((problem) => problem.path)).toEqual([
      'input.firstLocalDate',
      'input.localStartTime',
      'input.timeZone',
      'input.durationMinutes',
      'input.intervalWeeks',
      'input.occurrences',
    ]);
    expect(() => seriesOccurrences(request({ occurrences: 0 }))).toThrow('series.occurrences must be a whole number from 1 to 26');
  });
});

describe('nearestOpenAlternative', () => {
  const wanted = new Date('2026-03-10T22:00:00Z'); // Tuesday 18:00 EDT
  it.each([
    ['the same local day beats a closer slot the next day',
      [slot('2026-03-11T04:30:00Z'), slot('2026-03-10T13:00:00Z')], '2026-03-10T13:00:00.000Z'],
    ['closest in time among other days', [slot('2026-03-12T22:00:00Z'), slot('2026-03-09T14:00:00Z'), slot('2026-03-08T22:00:00Z')], '2026-03-09T14:00:00.000Z'],
    ['a tie goes to the earlier', [slot('2026-03-11T22:00:00Z'), slot('2026-03-09T22:00:00Z')], '2026-03-09T22:00:00.000Z'],
    ['a tie on the same day goes to the earlier', [slot('2026-03-10T23:00:00Z'), slot('2026-03-10T21:00:00Z')], '2026-03-10T21:00:00.000Z'],
    ['three local days away is still offered', [slot('2026-03-13T22:00:00Z')], '2026-03-13T22:00:00.000Z'],
    ['four local days away is too far', [slot('2026-03-14T13:00:00Z'), slot('2026-03-06T23:00:00Z')], null],
    ['nothing open', [], null],
  ])('%s', (_case, open, expected) => {
    expect(nearestOpenAlternative(wanted, open, { timeZone: NEW_YORK })?.start.toISOString() ?? null).toBe(expected);
  });

  it("counts days on the therapist's calendar, not UTC's", () => {
    const evening = new Date('2026-03-11T00:00:00Z'); // Tuesday 20:00 EDT, already Wednesday in UTC
    const tuesdayMorning = slot('2026-03-10T12:00:00Z'); // 08:00 EDT, 12 h before
    const wednesdayMorning = slot('2026-03-11T11:00:00Z'); // 07:00 EDT, 11 h after, the same UTC date
    expect(nearestOpenAlternative(evening, [wednesdayMorning, tuesdayMorning], { timeZone: NEW_YORK })).toBe(tuesdayMorning);
    expect(nearestOpenAlternative(evening, [wednesdayMorning, tuesdayMorning], { timeZone: 'UTC' })).toBe(wednesdayMorning);
  });

  it('honours maxDaysAway and rejects nonsense', () => {
    expect(nearestOpenAlternative(wanted, [slot('2026-03-11T22:00:00Z')], { timeZone: NEW_YORK, maxDaysAway: 0 })).toBeNull();
    expect(() => nearestOpenAlternative(wanted, [], { timeZone: NEW_YORK, maxDaysAway: -1 })).toThrow(/maxDaysAway/);
    expect(() => nearestOpenAlternative(new Date('x'), [], { timeZone: NEW_YORK })).toThrow(/wanted/);
  });
});

describe('planSeriesBookings', () => {
  it('books what is open and offers the nearest unused alternative for each conflict', () => {
    const occurrences = seriesOccurrences(request({ occurrences: 4 })); // Tuesdays 03-03 … 03-24, 18:00 New York
    const plan = planSeriesBookings({
      occurrences,
      openSlots: [
        slot('2026-03-03T23:00:00Z'), // occurrence 0, open
        slot('2026-03-10T13:00:00Z'), // 09:00 the same day as occurrence 1
        slot('2026-03-18T22:00:00Z'), // the only slot near occurrences 2 and 3 (maxDaysAway 7): occurrence 2 gets it
        slot('2026-03-03T23:00:00Z', 60), // same start as occurrence 0 but another length: not this session type
      ],
      timeZone: NEW_YORK,
      maxDaysAway: 7,
    });
    expect(plan.bookable).toEqual([{ index: 0, localDate: '2026-03-03', start: new Date('2026-03-03T23:00:00Z'), end: new Date('2026-03-03T23:50:00Z') }]);
    expect(plan.conflicts).toEqual([
      { index: 1, localDate: '2026-03-10', reason: 'NOT_OPEN', alternative: slot('2026-03-10T13:00:00Z') },
      { index: 2, localDate: '2026-03-17', reason: 'NOT_OPEN', alternative: slot('2026-03-18T22:00:00Z') },
      { index: 3, localDate: '2026-03-24', reason: 'NOT_OPEN', alternative: null },
    ]);
  });

  it('never offers a slot overlapping an occurrence it books, and reports nonexistent times with an alternative', () => {
    const occurrences = seriesOccurrences(request({ firstLocalDate: '2026-03-01', localStartTime: '02:30', occurrences: 2 }));
    const plan = planSeriesBookings({
      occurrences,
      openSlots: [slot('2026-03-01T07:30:00Z'), slot('2026-03-08T14:00:00Z')],
      timeZone: NEW_YORK,
      maxDaysAway: 7,
    });
    expect(plan.bookable.map((booked) => booked.index)).toEqual([0]);
    expect(plan.conflicts).toEqual([{ index: 1, localDate: '2026-03-08', reason: 'NONEXISTENT_LOCAL_TIME', alternative: slot('2026-03-08T14:00:00Z') }]);
    const withoutSameDay = planSeriesBookings({ occurrences, openSlots: [slot('2026-03-01T07:30:00Z')], timeZone: NEW_YORK, maxDaysAway: 7 });
    expect(withoutSameDay.conflicts[0].alternative).toBeNull();
  });
});
