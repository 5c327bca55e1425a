import { formatInstant, formatLocalDate, formatLocalDateTime } from './display';

// Runs under three host zones (jest.config.js): none of these may move with the host.
describe('formatLocalDate and formatLocalDateTime', () => {
  it.each([
    ['2030-06-30', { dateStyle: 'long' } as const, 'en-US', 'June 30, 2030'],
    ['2026-03-10', { weekday: 'short', day: 'numeric', month: 'short' } as const, 'en-GB', 'Tue 10 Mar'],
    ['2026-03-10', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const, 'en-GB', 'Tuesday, 10 March 2026'],
    ['0099-01-01', { year: 'numeric' } as const, 'en-US', '99'],
  ])('%s as %j in %s → %s', (date, format, locale, expected) => {
    expect(formatLocalDate(date, format, locale)).toBe(expected);
  });

  it('renders a wall-clock time as written, e.g. a slot already in the viewer’s zone', () => {
    const format = { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' } as const;
    expect(formatLocalDateTime('2026-03-04', 9 * 60, format)).toBe('Wed, Mar 4, 9:00 AM');
    expect(formatLocalDateTime('2026-03-08', 2 * 60 + 30, format)).toBe('Sun, Mar 8, 2:30 AM'); // skipped in New York: still as written
  });

  it.each([['2026-02-30', 0], ['2026-03-04', 1440], ['2026-03-04', -1]])('refuses %s at minute %i', (date, minutes) => {
    expect(() => formatLocalDateTime(date, minutes, { dateStyle: 'long' })).toThrow(RangeError);
  });
});

describe('formatInstant', () => {
  const instant = new Date('2030-06-30T20:05:00Z');
  it.each([
    ['America/New_York', 'Jun 30, 2030, 4:05 PM'],
    ['Asia/Kathmandu', 'Jul 1, 2030, 1:50 AM'],
    ['UTC', 'Jun 30, 2030, 8:05 PM'],
  ])('in %s reads %s', (zone, expected) => {
    expect(formatInstant(instant, zone, { dateStyle: 'medium', timeStyle: 'short' })).toBe(expected);
  });

  it('follows the zone’s clock change', () => {
    const format = { hour: 'numeric', minute: '2-digit' } as const;
    expect(formatInstant(new Date('2026-03-08T06:59:00Z'), 'America/New_York', format)).toBe('1:59 AM');
    expect(formatInstant(new Date('2026-03-08T07:00:00Z'), 'America/New_York', format)).toBe('3:00 AM');
  });

  it('refuses an unknown zone', () => {
    expect(() => formatInstant(instant, 'Mars/Olympus', { dateStyle: 'long' })).toThrow(RangeError);
  });
});
