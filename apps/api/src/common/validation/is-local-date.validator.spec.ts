import { isStorableLocalDate, parseLocalDate } from './is-local-date.validator';

describe('isStorableLocalDate', () => {
  it.each([
    ['2026-12-24', true],
    ['2028-02-29', true],
    ['0001-01-01', true],
    ['9999-12-31', true],
    ['2026-02-30', false],
    ['2027-02-29', false],
    ['0000-01-01', false], // PostgreSQL has no year 0
    ['2026-1-01', false],
    ['2026-12-24T00:00:00Z', false],
    ['', false],
    [20261224, false],
  ])('%j → %s', (value, expected) => {
    expect(isStorableLocalDate(value)).toBe(expected);
  });

  it('names the argument when parsing a bare date', () => {
    expect(parseLocalDate('date', '2026-12-24')).toBe('2026-12-24');
    expect(() => parseLocalDate('date', '2026-02-30')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'date' } }));
  });
});
