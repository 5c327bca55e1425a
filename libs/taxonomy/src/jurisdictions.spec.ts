import { JURISDICTIONS, findJurisdiction, isJurisdictionCode } from './jurisdictions';

describe('jurisdictions', () => {
  it('lists the 50 states and DC', () => {
    expect(JURISDICTIONS).toHaveLength(51);
    expect(isJurisdictionCode('DC')).toBe(true);
    expect(isJurisdictionCode('PR')).toBe(false);
  });

  it('uses two-letter USPS codes and unique names', () => {
    for (const { code } of JURISDICTIONS) expect(code).toMatch(/^[A-Z]{2}$/);
    const names = JURISDICTIONS.map((jurisdiction) => jurisdiction.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('rejects an unknown time zone, so the next check means something', () => {
    expect(() => new Intl.DateTimeFormat('en-US', { timeZone: 'America/Nowhere' })).toThrow(RangeError);
  });

  it.each(JURISDICTIONS.map((jurisdiction) => [jurisdiction.code, jurisdiction.timeZone]))(
    '%s has a valid IANA time zone (%s)',
    (_code, timeZone) => {
      expect(() => new Intl.DateTimeFormat('en-US', { timeZone })).not.toThrow();
    },
  );

  it.each([
    ['NY', 'New York', 'America/New_York'],
    ['CA', 'California', 'America/Los_Angeles'],
    ['AZ', 'Arizona', 'America/Phoenix'],
    ['HI', 'Hawaii', 'Pacific/Honolulu'],
    ['AK', 'Alaska', 'America/Anchorage'],
    ['TX', 'Texas', 'America/Chicago'],
  ])('%s is %s in %s', (code, name, timeZone) => {
    expect(findJurisdiction(code)).toEqual({ code, name, timeZone });
  });
});
