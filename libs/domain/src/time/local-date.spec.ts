import fc from 'fast-check';
import { addDays, dayNumberOf, daysBetween, isValidLocalDate, localDateOfDayNumber, weekdayOf } from './local-date';

describe('local dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2026-12-31', true],
    ['0001-01-01', true],
    ['2023-02-29', false],
    ['2026-13-01', false],
    ['2026-04-31', false],
    ['2026-4-1', false],
    ['2026-04-01T00:00', false],
    ['', false],
  ])('%j is a valid local date: %s', (text, valid) => {
    expect(isValidLocalDate(text)).toBe(valid);
  });

  it('rejects a non-string as a local date', () => {
    expect(isValidLocalDate(undefined as unknown as string)).toBe(false);
    expect(() => weekdayOf(null as unknown as string)).toThrow(RangeError);
  });

  it.each([
    ['1970-01-01', 4],
    ['2026-03-08', 7],
    ['2026-03-09', 1],
    ['2026-11-01', 7],
    ['2024-02-29', 4],
    ['0001-01-01', 1],
    ['1969-12-31', 3],
  ])('%s is ISO weekday %i', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });

  it.each([
    ['2026-03-07', 1, '2026-03-08'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-03-08', 7, '2026-03-15'],
    ['2026-03-08', 0, '2026-03-08'],
    ['0099-12-31', 1, '0100-01-01'],
  ])('%s plus %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('counts calendar days between dates', () => {
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-04-01', '2026-03-01')).toBe(-31);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('rejects fractional days and dates outside years 0000–9999', () => {
    expect(() => addDays('2026-03-08', 0.5)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('day numbers and dates round-trip, and adding days agrees with the day numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), fc.integer({ min: -1000, max: 1000 }), (dayNumber, days) => {
        const date = localDateOfDayNumber(dayNumber);
        expect(isValidLocalDate(date)).toBe(true);
        expect(dayNumberOf(date)).toBe(dayNumber);
        expect(daysBetween(date, addDays(date, days))).toBe(days);
        expect(weekdayOf(addDays(date, 7 * days))).toBe(weekdayOf(date));
      }),
      { numRuns: 1000 },
    );
  });
});
