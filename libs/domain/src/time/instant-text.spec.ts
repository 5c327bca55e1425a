import fc from 'fast-check';
import { isoInstantText } from './instant-text';

/** The range a JavaScript Date holds: ±100,000,000 days from 1970. */
const LIMIT_MS = 8.64e15;

describe('isoInstantText', () => {
  it.each([
    '2026-03-02T14:00:00.123Z',
    '1970-01-01T00:00:00.000Z',
    '1969-12-31T23:59:59.999Z',
    '0001-01-01T00:00:00.000Z',
    '9999-12-31T23:59:59.999Z',
    '+010000-01-01T00:00:00.000Z',
    '-000001-12-31T12:30:45.006Z',
    '+275760-09-13T00:00:00.000Z',
    '-271821-04-20T00:00:00.000Z',
  ])('writes %s as toISOString does', (text) => {
    expect(isoInstantText(new Date(text))).toBe(text);
  });

  it('writes any instant a Date holds as toISOString does, whichever days came before', () => {
    const instant = fc.oneof(
      fc.integer({ min: -LIMIT_MS, max: LIMIT_MS }),
      // Around today, where open times are: many instants on the same few days.
      fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }),
    );
    fc.assert(fc.property(fc.array(instant, { minLength: 1, maxLength: 20 }), (values) => {
      for (const ms of values) expect(isoInstantText(new Date(ms))).toBe(new Date(ms).toISOString());
    }), { numRuns: 2000 });
  });

  it('refuses an invalid Date as toISOString does', () => {
    expect(() => isoInstantText(new Date(Number.NaN))).toThrow(RangeError);
  });
});
