import { availabilityFit } from './availability-fit';
import { at, candidate, preferences, TODAY } from './matching.fixtures';
import type { DayPart, MatchPreferences } from './matching.types';

// TODAY is Monday 2026-03-02 in New York; clocks go forward on Sunday 2026-03-08.
const fit = (openSlotStarts: Date[], client: Partial<MatchPreferences> = {}) =>
  availabilityFit(candidate({ openSlotStartsMs: openSlotStarts.map((start) => start.getTime()) }), preferences(client), TODAY);
const times = (weekdays: number[], dayParts: DayPart[]): Partial<MatchPreferences> => ({ preferredTimes: { weekdays, dayParts } });

describe('availability fit without a time preference', () => {
  it('counts open times in the next 14 days, full credit at 10', () => {
    const six = [2, 3, 4, 5, 6, 9].map((day) => at(`2026-03-0${day}`, '10:00'));
    expect(fit(six)).toEqual({ value: 0.6, text: 'Has 6 open times in the next 2 weeks' });
    const twelve = Array.from({ length: 12 }, (_, hour) => at('2026-03-03', `${String(8 + hour).padStart(2, '0')}:00`));
    expect(fit(twelve).value).toBe(1);
    expect(fit([at('2026-03-03', '10:00')]).text).toBe('Has 1 open time in the next 2 weeks');
  });

  it('counts only the client’s local dates today … today + 13', () => {
    const outside = [at('2026-03-01', '23:59'), at('2026-03-16', '00:00')];
    const inside = [at('2026-03-02', '00:00'), at('2026-03-15', '23:59')];
    expect(fit(outside)).toEqual({ value: 0, text: null });
    expect(fit([...outside, ...inside]).text).toBe('Has 2 open times in the next 2 weeks');
  });
});

describe('availability fit with a time preference', () => {
  it('scores the share of weekday × day-part combinations with an open slot', () => {
    const slots = [at('2026-03-02', '09:00'), at('2026-03-03', '09:00'), at('2026-03-03', '11:30'), at('2026-03-02', '14:00')];
    // Mornings on any of 7 weekdays: Monday and Tuesday mornings covered.
    expect(fit(slots, times([], ['MORNING']))).toEqual({ value: 2 / 7, text: 'Has 3 open times that fit your mornings' });
    // Monday and Tuesday, mornings and afternoons: three of four covered.
    expect(fit(slots, times([1, 2], ['MORNING', 'AFTERNOON']))).toEqual({ value: 3 / 4, text: 'Has 4 open times that fit your Monday and Tuesday mornings and afternoons' });
  });

  // 2026-03-04 is a Wednesday, 2026-03-07 a Saturday.
  it.each([
    [[3], ['MORNING'], '2026-03-04 09:00', 'Has 1 open time that fits your Wednesday mornings'],
    [[1, 2, 3, 4, 5], ['EVENING'], '2026-03-04 18:00', 'Has 1 open time that fits your weekday evenings'],
    [[7, 6], ['MORNING', 'EVENING'], '2026-03-07 09:00', 'Has 1 open time that fits your weekend mornings and evenings'],
    [[1, 3, 4, 5], ['MORNING'], '2026-03-04 09:00', 'Has 1 open time that fits your mornings on the days you chose'],
    [[], ['AFTERNOON', 'MORNING'], '2026-03-04 13:00', 'Has 1 open time that fits your mornings and afternoons'],
    [[3, 1], [], '2026-03-04 09:00', 'Has 1 open time that fits your Mondays and Wednesdays'],
    [[6, 7], [], '2026-03-07 09:00', 'Has 1 open time that fits your weekends'],
    [[1, 2, 3, 4, 5, 6, 7], [], '2026-03-04 09:00', 'Has 1 open time that fits your preferred days'],
  ] as [number[], DayPart[], string, string][])('weekdays %j, day parts %j, a slot at %s: %s', (weekdays, dayParts, slot, text) => {
    const [localDate, localTime] = slot.split(' ');
    expect(fit([at(localDate, localTime)], times(weekdays, dayParts)).text).toBe(text);
  });

  it.each([
    ['05:59', null],
    ['06:00', 'MORNING'],
    ['11:59', 'MORNING'],
    ['12:00', 'AFTERNOON'],
    ['16:59', 'AFTERNOON'],
    ['17:00', 'EVENING'],
    ['21:59', 'EVENING'],
    ['22:00', null],
  ])('a slot at %s local is in day part %s', (time, part) => {
    for (const dayPart of ['MORNING', 'AFTERNOON', 'EVENING'] as DayPart[]) {
      expect(fit([at('2026-03-04', time)], times([], [dayPart])).value > 0).toBe(dayPart === part);
    }
  });

  it('with weekdays but no day parts, any time of those days fits', () => {
    expect(fit([at('2026-03-02', '23:00'), at('2026-03-03', '05:00')], times([1], []))).toEqual({ value: 1, text: 'Has 1 open time that fits your Mondays' });
  });

  it('reads weekdays and day parts in the client’s zone, not UTC or the host’s', () => {
    // Monday 20:00 in New York is already Tuesday 01:00 UTC.
    const mondayEvening = new Date('2026-03-03T01:00:00Z');
    expect(fit([mondayEvening], times([1], ['EVENING'])).value).toBe(1);
    expect(fit([mondayEvening], times([2], ['MORNING'])).value).toBe(0);
    // The same instant is Tuesday 06:45 in Kathmandu.
    expect(fit([mondayEvening], { ...times([2], ['MORNING']), timeZone: 'Asia/Kathmandu' }).value).toBe(1);
  });

  it('follows the client’s clock across a DST change: 16:00 UTC is morning before, afternoon after', () => {
    const mornings = times([], ['MORNING']);
    expect(fit([new Date('2026-03-06T16:00:00Z')], mornings).value).toBeGreaterThan(0); // 11:00 EST
    expect(fit([new Date('2026-03-09T16:00:00Z')], mornings).value).toBe(0); // 12:00 EDT
  });

  it('gives nothing when no slot fits', () => {
    expect(fit([at('2026-03-02', '09:00')], times([2], ['MORNING']))).toEqual({ value: 0, text: null });
    expect(fit([], times([2], ['MORNING']))).toEqual({ value: 0, text: null });
  });
});
