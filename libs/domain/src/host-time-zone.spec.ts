// Guards the time-zone matrix itself: each domain project really runs under its TZ.
const OFFSET_ON_NEW_YEAR_2026: Record<string, number> = {
  UTC: 0,
  'America/Los_Angeles': 480,
  'Asia/Kathmandu': -345,
};

describe('host time zone of this run', () => {
  it('is the zone the project asked for', () => {
    const zone = process.env.TZ ?? '';
    expect(Object.keys(OFFSET_ON_NEW_YEAR_2026)).toContain(zone);
    expect(new Date('2026-01-01T00:00:00Z').getTimezoneOffset()).toBe(OFFSET_ON_NEW_YEAR_2026[zone]);
  });
});
