import { clampRange, horizonEndOf, MAX_SLOT_RANGE_DAYS, slotRangeProblem } from './clamp-range';

const at = (iso: string) => new Date(iso);
const now = at('2026-03-01T12:00:00Z');

describe('clampRange', () => {
  it('keeps a range inside [now, now + horizon)', () => {
    expect(clampRange({ from: at('2026-03-02T00:00:00Z'), to: at('2026-03-05T00:00:00Z') }, now, 30)).toEqual({
      from: at('2026-03-02T00:00:00Z'),
      to: at('2026-03-05T00:00:00Z'),
    });
  });

  it('cuts an over-long range at the horizon, 24-hour days from now', () => {
    expect(clampRange({ from: at('2026-03-01T00:00:00Z'), to: at('2027-01-01T00:00:00Z') }, now, 14)).toEqual({
      from: now,
      to: at('2026-03-15T12:00:00Z'),
    });
    expect(horizonEndOf(now, 14)).toEqual(at('2026-03-15T12:00:00Z'));
  });

  it('returns an empty range (from === to) when nothing is left', () => {
    expect(clampRange({ from: at('2026-04-01T00:00:00Z'), to: at('2026-05-01T00:00:00Z') }, now, 14)).toEqual({
      from: at('2026-04-01T00:00:00Z'),
      to: at('2026-04-01T00:00:00Z'),
    });
    expect(clampRange({ from: at('2026-02-01T00:00:00Z'), to: at('2026-02-02T00:00:00Z') }, now, 14)).toEqual({ from: now, to: now });
  });

  it('rejects invalid input', () => {
    expect(() => clampRange({ from: new Date('nope'), to: now }, now, 14)).toThrow(RangeError);
    expect(() => clampRange({ from: now, to: now }, now, -1)).toThrow(RangeError);
    expect(() => clampRange({ from: now, to: now }, new Date('nope'), 14)).toThrow(RangeError);
  });
});

describe('slotRangeProblem', () => {
  const from = at('2026-03-01T00:00:00Z');
  it.each([
    ['exactly the longest range', { from, to: at('2026-04-05T00:00:00Z') }, null],
    ['one millisecond longer', { from, to: at('2026-04-05T00:00:00.001Z') }, 'to'],
    ['years', { from, to: at('2031-03-01T00:00:00Z') }, 'to'],
    ['an inverted range', { from, to: at('2026-02-01T00:00:00Z') }, 'to'],
    ['an empty range', { from, to: from }, 'to'],
    ['an invalid from', { from: new Date(Number.NaN), to: from }, 'from'],
    ['an invalid to', { from, to: new Date(Number.NaN) }, 'to'],
  ])('%s → %s', (_case, range, field) => {
    expect(slotRangeProblem(range)?.field ?? null).toBe(field);
  });

  it('names the limit in its message', () => {
    expect(slotRangeProblem({ from, to: at('2027-01-01T00:00:00Z') })?.message).toMatch(new RegExp(`at most ${MAX_SLOT_RANGE_DAYS} days`));
  });
});
