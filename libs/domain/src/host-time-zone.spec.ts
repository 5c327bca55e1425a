// Guards the time-zone matrix itself: each domain project really runs under its TZ.
describe('host time zone of this run', () => {
  it('is the zone the project asked for', () => {
    const expected = process.env.TZ;
    expect(expected).toBeDefined();
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(expected === 'UTC' ? 'UTC' : expected);
  });
});
