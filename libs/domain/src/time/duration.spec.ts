import { addDuration, durationMs, wholeDaysBetween } from './duration';
import { utcDateOf } from './local-date';

describe('durationMs and addDuration', () => {
  it.each([
    [{ days: 7 }, 604_800_000],
    [{ hours: 1 }, 3_600_000],
    [{ minutes: 1, seconds: 30 }, 90_000],
    [{ days: 1, hours: -1 }, 82_800_000],
    [{}, 0],
  ])('%j is %i ms', (duration, ms) => {
    expect(durationMs(duration)).toBe(ms);
  });

  it('moves an instant by elapsed time, ignoring any zone’s clock changes', () => {
    expect(addDuration(new Date('2026-03-07T12:00:00Z'), { days: 1 }).toISOString()).toBe('2026-03-08T12:00:00.000Z');
    expect(addDuration(new Date('2026-03-07T12:00:00Z'), { hours: -336 }).toISOString()).toBe('2026-02-21T12:00:00.000Z');
  });

  it('refuses a non-finite duration or an invalid date', () => {
    expect(() => durationMs({ days: Number.POSITIVE_INFINITY })).toThrow(RangeError);
    expect(() => addDuration(new Date('nope'), { days: 1 })).toThrow(RangeError);
  });
});

describe('wholeDaysBetween', () => {
  it.each([
    ['2026-11-20T12:00:00Z', '2026-11-25T11:59:59Z', 4],
    ['2026-11-20T12:00:00Z', '2026-11-25T12:00:00Z', 5],
    ['2026-11-25T12:00:00Z', '2026-11-25T12:00:00Z', 0],
    ['2026-11-25T12:00:00Z', '2026-11-24T13:00:00Z', -1],
  ])('from %s to %s: %i', (from, to, days) => {
    expect(wholeDaysBetween(new Date(from), new Date(to))).toBe(days);
  });
});

describe('utcDateOf', () => {
  it.each([
    ['2026-11-25T00:00:00Z', '2026-11-25'],
    ['2026-11-25T23:59:59.999Z', '2026-11-25'],
    ['1969-12-31T23:59:59Z', '1969-12-31'],
  ])('%s is on %s at UTC, whatever the host zone', (instant, date) => {
    expect(utcDateOf(new Date(instant))).toBe(date);
  });

  it('refuses an invalid date', () => {
    expect(() => utcDateOf(new Date('nope'))).toThrow(RangeError);
  });
});
