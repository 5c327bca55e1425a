import fc from 'fast-check';
import { formatLocalTime, isValidLocalTime, MINUTES_PER_DAY, parseLocalTime } from './local-time';

describe('local times', () => {
  it.each([
    ['00:00', 0],
    ['09:30', 570],
    ['13:00', 780],
    ['23:59', 1439],
  ])('%s is %i minutes after midnight', (text, minutes) => {
    expect(parseLocalTime(text)).toBe(minutes);
    expect(formatLocalTime(minutes)).toBe(text);
  });

  it("allows '24:00' only as the end of a range", () => {
    expect(() => parseLocalTime('24:00')).toThrow(RangeError);
    expect(isValidLocalTime('24:00')).toBe(false);
    expect(parseLocalTime('24:00', { allowEndOfDay: true })).toBe(MINUTES_PER_DAY);
    expect(formatLocalTime(MINUTES_PER_DAY)).toBe('24:00');
  });

  it.each(['24:01', '25:00', '9:30', '09:60', '09:30:00', ' 09:30', '0930', '', 'noon'])('rejects %j', (text) => {
    expect(isValidLocalTime(text, { allowEndOfDay: true })).toBe(false);
    expect(() => parseLocalTime(text, { allowEndOfDay: true })).toThrow(/HH:mm/);
  });

  it('rejects minutes outside the day when formatting', () => {
    expect(() => formatLocalTime(-1)).toThrow(RangeError);
    expect(() => formatLocalTime(1441)).toThrow(RangeError);
    expect(() => formatLocalTime(1.5)).toThrow(RangeError);
  });

  it('formatting and parsing round-trip for every minute of the day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MINUTES_PER_DAY }), (minutes) => {
        expect(parseLocalTime(formatLocalTime(minutes), { allowEndOfDay: true })).toBe(minutes);
      }),
      { numRuns: 1000 },
    );
  });
});
