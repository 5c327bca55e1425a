import { formatInZone, hostTimeZone, isValidTimeZone, timeZoneNames } from './zone';

// jest.config.js runs this file under three host zones: hostTimeZone must report each.
describe('hostTimeZone', () => {
  it('is the zone of the machine it runs on (or an alias of it, e.g. Asia/Katmandu)', () => {
    const host = hostTimeZone();
    expect(isValidTimeZone(host)).toBe(true);
    for (const instant of ['1990-06-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-07-01T00:00:00Z']) {
      expect(formatInZone(new Date(instant), host).offset).toBe(formatInZone(new Date(instant), process.env.TZ!).offset);
    }
  });
});

describe('timeZoneNames', () => {
  const names = timeZoneNames();

  it('lists the IANA zones this runtime knows, sorted, each one valid', () => {
    expect(names).toEqual(expect.arrayContaining(['America/New_York', 'America/Los_Angeles', 'Europe/London', 'UTC']));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(names.every(isValidTimeZone)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  it('adds a valid zone it was asked to include (a saved, older alias), never an invalid one', () => {
    expect(timeZoneNames(['Asia/Katmandu'])).toContain('Asia/Katmandu');
    expect(timeZoneNames(['Mars/Olympus'])).not.toContain('Mars/Olympus');
  });
});
