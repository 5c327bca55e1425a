import { addDays, formatInZone } from '../time';
import type { BusyInterval, ComputeOpenSlotsInput, SlotSettings, WeeklyRule } from './availability.types';
import { computeOpenSlots } from './compute-open-slots';

const at = (iso: string) => new Date(iso);
const SETTINGS: SlotSettings = {
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  minimumNoticeMinutes: 0,
  horizonDays: 365,
  maxSessionsPerDay: null,
  slotStepMinutes: 60,
};
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7] as const;
const daily = (startLocal: string, endLocal: string): WeeklyRule[] => EVERY_DAY.map((weekday) => ({ weekday, startLocal, endLocal }));

function slotsFor(input: Partial<Omit<ComputeOpenSlotsInput, 'settings'>> & { settings?: Partial<SlotSettings> }) {
  return computeOpenSlots({
    now: at('2026-01-01T00:00:00Z'),
    timeZone: 'America/New_York',
    rules: [],
    overrides: [],
    busy: [],
    durationMinutes: 60,
    from: at('2026-01-01T00:00:00Z'),
    to: at('2026-12-31T00:00:00Z'),
    ...input,
    settings: { ...SETTINGS, ...input.settings },
  });
}
const utcStarts = (slots: { start: Date }[]) => slots.map((slot) => slot.start.toISOString().replace(':00.000Z', 'Z'));
const localStarts = (slots: { start: Date }[], zone: string) =>
  slots.map((slot) => {
    const { localDate, localTime } = formatInZone(slot.start, zone);
    return `${localDate} ${localTime}`;
  });
const busy = (start: string, end: string, countsTowardDailyCap = true): BusyInterval => ({ start: at(start), end: at(end), countsTowardDailyCap });

describe('computeOpenSlots on DST transition days', () => {
  it('New York 13:00–18:00 on spring-forward Sunday 2026-03-08 is 17:00–22:00 UTC', () => {
    const input = { rules: [{ weekday: 7, startLocal: '13:00', endLocal: '18:00' }] as WeeklyRule[], from: at('2026-03-08T00:00:00Z'), to: at('2026-03-09T00:00:00Z') };
    expect(slotsFor({ ...input, durationMinutes: 300 })).toEqual([{ start: at('2026-03-08T17:00:00Z'), end: at('2026-03-08T22:00:00Z') }]);
    expect(utcStarts(slotsFor(input))).toEqual(['2026-03-08T17:00Z', '2026-03-08T18:00Z', '2026-03-08T19:00Z', '2026-03-08T20:00Z', '2026-03-08T21:00Z']);
  });

  it('New York 02:00–04:00 on spring-forward day skips the 02:xx starts that never happen', () => {
    const slots = slotsFor({
      rules: [{ weekday: 7, startLocal: '02:00', endLocal: '04:00' }],
      from: at('2026-03-08T00:00:00Z'),
      to: at('2026-03-09T00:00:00Z'),
      durationMinutes: 30,
      settings: { slotStepMinutes: 15 },
    });
    expect(localStarts(slots, 'America/New_York')).toEqual(['2026-03-08 03:00', '2026-03-08 03:15', '2026-03-08 03:30']);
    expect(utcStarts(slots)).toEqual(['2026-03-08T07:00Z', '2026-03-08T07:15Z', '2026-03-08T07:30Z']);
  });

  it('keeps starts on the step grid after the jump', () => {
    const slots = slotsFor({
      rules: [{ weekday: 7, startLocal: '02:10', endLocal: '04:00' }],
      from: at('2026-03-08T00:00:00Z'),
      to: at('2026-03-09T00:00:00Z'),
      durationMinutes: 20,
      settings: { slotStepMinutes: 30 },
    });
    expect(localStarts(slots, 'America/New_York')).toEqual(['2026-03-08 03:10', '2026-03-08 03:40']);
  });

  it.each([
    ['America/New_York', '2026-03-08', 23], // 02:00 never happens
    ['America/New_York', '2026-11-01', 24], // 01:00 happens twice, offered once
    ['America/New_York', '2026-06-07', 24],
    ['Europe/London', '2026-03-29', 23],
    ['Europe/London', '2026-10-25', 24],
    ['Australia/Sydney', '2026-10-04', 23],
    ['Australia/Sydney', '2026-04-05', 24],
    ['Asia/Kolkata', '2026-03-08', 24],
    ['Asia/Kathmandu', '2026-03-08', 24],
    ['Asia/Tokyo', '2026-03-08', 24],
    ['America/Phoenix', '2026-03-08', 24],
  ])('%s, 00:00–24:00 on %s, hourly: %i slots, each on the hour locally', (zone, date, count) => {
    const slots = slotsFor({
      timeZone: zone,
      overrides: [{ date, windows: [{ startLocal: '00:00', endLocal: '24:00' }] }],
      from: at(`${addDays(date, -1)}T00:00:00Z`),
      to: at(`${addDays(date, 2)}T00:00:00Z`),
    });
    expect(slots).toHaveLength(count);
    expect(new Set(slots.map((slot) => formatInZone(slot.start, zone).localDate))).toEqual(new Set([date]));
    expect(slots.every((slot) => formatInZone(slot.start, zone).localTime.endsWith(':00'))).toBe(true);
  });

  it('New York 01:00–03:00 on fall-back day 2026-11-01 does not offer the repeated 01:00–02:00 hour twice', () => {
    const slots = slotsFor({
      rules: [{ weekday: 7, startLocal: '01:00', endLocal: '03:00' }],
      from: at('2026-11-01T00:00:00Z'),
      to: at('2026-11-02T00:00:00Z'),
      durationMinutes: 30,
      settings: { slotStepMinutes: 30 },
    });
    // 01:00 and 01:30 EDT (05:00Z, 05:30Z) once; never 01:00/01:30 EST (06:00Z, 06:30Z).
    expect(utcStarts(slots)).toEqual(['2026-11-01T05:00Z', '2026-11-01T05:30Z', '2026-11-01T07:00Z', '2026-11-01T07:30Z']);
    expect(localStarts(slots, 'America/New_York')).toEqual(['2026-11-01 01:00', '2026-11-01 01:30', '2026-11-01 02:00', '2026-11-01 02:30']);
  });

  it('a session may run through the repeated hour when it ends by the window end', () => {
    const slots = slotsFor({
      rules: [{ weekday: 7, startLocal: '00:00', endLocal: '02:00' }],
      from: at('2026-11-01T00:00:00Z'),
      to: at('2026-11-02T00:00:00Z'),
      durationMinutes: 90,
      settings: { slotStepMinutes: 30 },
    });
    // 02:00 EST is 07:00Z: three elapsed hours after 00:00 EDT (04:00Z).
    expect(utcStarts(slots)).toEqual(['2026-11-01T04:00Z', '2026-11-01T04:30Z', '2026-11-01T05:00Z', '2026-11-01T05:30Z']);
  });

  it('a window ending in the skipped hour ends when the clocks jump', () => {
    const slots = slotsFor({
      rules: [{ weekday: 7, startLocal: '00:00', endLocal: '02:30' }],
      from: at('2026-03-08T00:00:00Z'),
      to: at('2026-03-09T00:00:00Z'),
    });
    expect(slots).toEqual([
      { start: at('2026-03-08T05:00:00Z'), end: at('2026-03-08T06:00:00Z') },
      { start: at('2026-03-08T06:00:00Z'), end: at('2026-03-08T07:00:00Z') },
    ]);
  });

  it.each([
    ['Europe/London', '2026-03-29', '00:00', '03:00', ['00:00', '00:30', '02:00', '02:30'], ['00:00', '00:30', '01:00', '01:30']],
    ['Europe/London', '2026-10-25', '00:00', '02:00', ['00:00', '00:30', '01:00', '01:30'], ['23:00', '23:30', '00:00', '00:30']],
    ['Australia/Sydney', '2026-10-04', '01:00', '04:00', ['01:00', '01:30', '03:00', '03:30'], ['15:00', '15:30', '16:00', '16:30']],
    ['Australia/Sydney', '2026-04-05', '02:00', '03:30', ['02:00', '02:30', '03:00'], ['15:00', '15:30', '17:00']],
    ['Australia/Lord_Howe', '2026-10-04', '01:30', '03:00', ['01:30', '02:30'], ['15:00', '15:30']],
  ])('%s on %s, %s–%s every 30 minutes', (zone, date, startLocal, endLocal, local, utcTimes) => {
    const day = new Date(`${date}T12:00:00Z`);
    const slots = slotsFor({
      timeZone: zone,
      overrides: [{ date, windows: [{ startLocal, endLocal }] }],
      from: new Date(day.getTime() - 86_400_000),
      to: new Date(day.getTime() + 86_400_000),
      durationMinutes: 30,
      settings: { slotStepMinutes: 30 },
    });
    expect(localStarts(slots, zone)).toEqual(local.map((time) => `${date} ${time}`));
    expect(slots.map((slot) => slot.start.toISOString().slice(11, 16))).toEqual(utcTimes);
  });

  // A 09:00 rule stays 09:00 local for a week either side of each 2026 transition, so its UTC time moves.
  it.each([
    ['America/New_York', '2026-03-08', '14:00', '13:00'],
    ['America/New_York', '2026-11-01', '13:00', '14:00'],
    ['Europe/London', '2026-03-29', '09:00', '08:00'],
    ['Europe/London', '2026-10-25', '08:00', '09:00'],
    ['Australia/Sydney', '2026-04-05', '22:00', '23:00'],
    ['Australia/Sydney', '2026-10-04', '23:00', '22:00'],
    ['Asia/Kolkata', '2026-03-08', '03:30', '03:30'],
    ['Asia/Kathmandu', '2026-03-08', '03:15', '03:15'],
    ['Asia/Tokyo', '2026-03-08', '00:00', '00:00'],
    ['America/Phoenix', '2026-03-08', '16:00', '16:00'],
  ])('%s: 09:00 stays 09:00 local across %s (UTC %s before, %s after)', (zone, transitionDate, utcBefore, utcAfter) => {
    const transition = at(`${transitionDate}T12:00:00Z`);
    const slots = slotsFor({
      timeZone: zone,
      rules: daily('09:00', '10:00'),
      from: new Date(transition.getTime() - 8 * 86_400_000),
      to: new Date(transition.getTime() + 8 * 86_400_000),
    });
    expect(slots).toHaveLength(16);
    for (const slot of slots) {
      expect(formatInZone(slot.start, zone).localTime).toBe('09:00');
      expect(formatInZone(slot.end, zone).localTime).toBe('10:00');
    }
    const utcTimes = slots.map((slot) => slot.start.toISOString().slice(11, 16));
    expect(new Set(utcTimes.slice(0, 7))).toEqual(new Set([utcBefore]));
    expect(new Set(utcTimes.slice(-7))).toEqual(new Set([utcAfter]));
  });
});

describe('computeOpenSlots rules and settings', () => {
  const monday = { from: at('2026-06-08T00:00:00Z'), to: at('2026-06-09T00:00:00Z') }; // Monday 2026-06-08, EDT (UTC−4)
  const mondayNineToFive: WeeklyRule[] = [{ weekday: 1, startLocal: '09:00', endLocal: '17:00' }];
  const mondayLocal = (slots: { start: Date }[]) => localStarts(slots, 'America/New_York').map((text) => text.slice(11));

  it('offers every step from the window start while the session fits', () => {
    expect(mondayLocal(slotsFor({ ...monday, rules: mondayNineToFive }))).toEqual(['09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00']);
    const fiftyMinutes = slotsFor({ ...monday, rules: mondayNineToFive, durationMinutes: 50, settings: { slotStepMinutes: 15 } });
    expect(fiftyMinutes).toHaveLength(29); // 09:00 … 16:00, the last that ends by 17:00
    expect(mondayLocal(fiftyMinutes).at(-1)).toBe('16:00');
  });

  it('aligns steps to each window start, not to the hour', () => {
    const slots = slotsFor({
      ...monday,
      rules: [
        { weekday: 1, startLocal: '09:10', endLocal: '11:00' },
        { weekday: 1, startLocal: '13:45', endLocal: '15:00' },
      ],
      durationMinutes: 30,
      settings: { slotStepMinutes: 30 },
    });
    expect(mondayLocal(slots)).toEqual(['09:10', '09:40', '10:10', '13:45', '14:15']);
  });

  it('runs a window to 24:00', () => {
    const slots = slotsFor({ ...monday, to: at('2026-06-10T00:00:00Z'), rules: [{ weekday: 1, startLocal: '22:00', endLocal: '24:00' }] });
    expect(slots.map((slot) => formatInZone(slot.end, 'America/New_York')).map((end) => `${end.localDate} ${end.localTime}`)).toEqual([
      '2026-06-08 23:00',
      '2026-06-09 00:00',
    ]);
  });

  it('keeps buffers around busy time; touching busy time is fine', () => {
    const booked = busy('2026-06-08T15:00:00Z', '2026-06-08T16:00:00Z'); // 11:00–12:00 local
    expect(mondayLocal(slotsFor({ ...monday, rules: mondayNineToFive, busy: [booked] }))).toEqual(['09:00', '10:00', '12:00', '13:00', '14:00', '15:00', '16:00']);
    const buffered = slotsFor({ ...monday, rules: mondayNineToFive, busy: [booked], settings: { bufferBeforeMinutes: 15, bufferAfterMinutes: 10, slotStepMinutes: 15 } });
    // 10:00 would need 11:10 free after it; 12:00 would need 11:45 free before it.
    expect(mondayLocal(buffered).filter((time) => time >= '09:45' && time <= '12:30')).toEqual(['09:45', '12:15', '12:30']);
  });

  it('treats external calendar events as busy time too', () => {
    const external = busy('2026-06-08T13:30:00Z', '2026-06-08T14:10:00Z', false); // 09:30–10:10 local
    expect(mondayLocal(slotsFor({ ...monday, rules: mondayNineToFive, busy: [external] })).slice(0, 2)).toEqual(['11:00', '12:00']);
  });

  it('applies minimum notice from now, inclusive', () => {
    const now = at('2026-06-08T12:00:00Z'); // 08:00 local
    expect(mondayLocal(slotsFor({ ...monday, rules: mondayNineToFive, now, settings: { minimumNoticeMinutes: 60 } }))[0]).toBe('09:00');
    expect(mondayLocal(slotsFor({ ...monday, rules: mondayNineToFive, now, settings: { minimumNoticeMinutes: 61 } }))[0]).toBe('10:00');
    expect(mondayLocal(slotsFor({ ...monday, rules: mondayNineToFive, now: at('2026-06-08T17:30:00Z') }))[0]).toBe('14:00');
  });

  it('offers nothing at or past the horizon', () => {
    const now = at('2026-06-06T15:00:00Z');
    const slots = slotsFor({ rules: mondayNineToFive, now, from: now, to: at('2026-07-01T00:00:00Z'), settings: { horizonDays: 2 } });
    // Horizon: 2026-06-08T15:00Z, 11:00 local on Monday; 11:00 itself is out.
    expect(localStarts(slots, 'America/New_York')).toEqual(['2026-06-08 09:00', '2026-06-08 10:00']);
  });

  it('starts slots within [from, to)', () => {
    const slots = slotsFor({ rules: mondayNineToFive, from: at('2026-06-08T14:00:00Z'), to: at('2026-06-08T16:00:00Z') });
    expect(mondayLocal(slots)).toEqual(['10:00', '11:00']);
    expect(slotsFor({ rules: mondayNineToFive, from: at('2026-06-08T14:30:00Z'), to: at('2026-06-08T14:30:00Z') })).toEqual([]);
    expect(slotsFor({ rules: mondayNineToFive, from: at('2026-06-09T00:00:00Z'), to: at('2026-06-08T00:00:00Z') })).toEqual([]);
  });

  it('closes a day once capped bookings reach maxSessionsPerDay; external events do not count', () => {
    const week = { from: at('2026-06-08T00:00:00Z'), to: at('2026-06-10T12:00:00Z'), rules: daily('09:00', '12:00') };
    const mondayBookings = [busy('2026-06-08T13:00:00Z', '2026-06-08T14:00:00Z'), busy('2026-06-08T14:00:00Z', '2026-06-08T15:00:00Z')];
    const dates = (slots: { start: Date }[]) => [...new Set(localStarts(slots, 'America/New_York').map((text) => text.slice(0, 10)))];
    expect(dates(slotsFor({ ...week, busy: mondayBookings, settings: { maxSessionsPerDay: 2 } }))).toEqual(['2026-06-09']);
    expect(dates(slotsFor({ ...week, busy: mondayBookings, settings: { maxSessionsPerDay: 3 } }))).toEqual(['2026-06-08', '2026-06-09']);
    const oneBookingOneEvent = [mondayBookings[0], { ...mondayBookings[1], countsTowardDailyCap: false }];
    expect(dates(slotsFor({ ...week, busy: oneBookingOneEvent, settings: { maxSessionsPerDay: 2 } }))).toEqual(['2026-06-08', '2026-06-09']);
    expect(dates(slotsFor({ ...week, busy: mondayBookings, settings: { maxSessionsPerDay: null } }))).toEqual(['2026-06-08', '2026-06-09']);
  });

  it("counts a booking toward the local date its session starts on, not its buffer's", () => {
    // Session at 00:00 Tuesday local with a 15-minute buffer: the blocked range opens 23:45 Monday.
    const lateBooking = busy('2026-06-09T03:45:00Z', '2026-06-09T05:00:00Z');
    const week = { from: at('2026-06-08T00:00:00Z'), to: at('2026-06-10T12:00:00Z'), rules: daily('09:00', '12:00'), busy: [lateBooking] };
    const dates = (slots: { start: Date }[]) => [...new Set(localStarts(slots, 'America/New_York').map((text) => text.slice(0, 10)))];
    expect(dates(slotsFor({ ...week, settings: { maxSessionsPerDay: 1, bufferBeforeMinutes: 15 } }))).toEqual(['2026-06-08']);
  });

  it('lets an override close a day or replace its hours', () => {
    const week = { from: at('2026-06-08T00:00:00Z'), to: at('2026-06-15T00:00:00Z'), rules: [{ weekday: 1, startLocal: '09:00', endLocal: '11:00' }, { weekday: 3, startLocal: '09:00', endLocal: '10:00' }] as WeeklyRule[] };
    expect(localStarts(slotsFor(week), 'America/New_York')).toEqual(['2026-06-08 09:00', '2026-06-08 10:00', '2026-06-10 09:00']);
    const overrides = [
      { date: '2026-06-08', windows: [] },
      { date: '2026-06-10', windows: [{ startLocal: '14:00', endLocal: '15:00' }, { startLocal: '18:30', endLocal: '19:30' }] },
      { date: '2026-06-13', windows: [{ startLocal: '10:00', endLocal: '11:00' }] }, // a Saturday with no weekly hours
    ];
    expect(localStarts(slotsFor({ ...week, overrides }), 'America/New_York')).toEqual(['2026-06-10 14:00', '2026-06-10 18:30', '2026-06-13 10:00']);
  });

  it('offers a start once even when unvalidated windows overlap', () => {
    const rules: WeeklyRule[] = [
      { weekday: 1, startLocal: '09:00', endLocal: '11:00' },
      { weekday: 1, startLocal: '10:00', endLocal: '12:00' },
      { weekday: 1, startLocal: '09:00', endLocal: '11:00' },
    ];
    expect(mondayLocal(slotsFor({ ...monday, rules }))).toEqual(['09:00', '10:00', '11:00']);
  });

  it('reads rules in the therapist zone, whatever the host zone', () => {
    const slots = slotsFor({ timeZone: 'Asia/Kathmandu', rules: [{ weekday: 1, startLocal: '09:00', endLocal: '10:00' }], ...monday });
    expect(utcStarts(slots)).toEqual(['2026-06-08T03:15Z']);
    expect(formatInZone(slots[0].start, 'Asia/Kathmandu').offset).toBe('+05:45');
  });

  it.each([
    ['an unknown zone', { timeZone: 'Mars/Base' }, /timeZone/],
    ['a zero duration', { durationMinutes: 0 }, /durationMinutes/],
    ['a zero step', { settings: { slotStepMinutes: 0 } }, /settings.slotStepMinutes/],
    ['a negative buffer', { settings: { bufferAfterMinutes: -5 } }, /settings.bufferAfterMinutes/],
    ['an invalid now', { now: new Date('nope') }, /now/],
    ['an unreadable rule time', { rules: [{ weekday: 1, startLocal: '9am', endLocal: '17:00' }] as WeeklyRule[] }, /rules\[0\]: expected times "HH:mm"/],
    ['a rule ending before it starts', { rules: [{ weekday: 1, startLocal: '17:00', endLocal: '09:00' }] as WeeklyRule[] }, /rules\[0\]/],
    ['a bad weekday', { rules: [{ weekday: 8, startLocal: '09:00', endLocal: '10:00' }] as unknown as WeeklyRule[] }, /weekday/],
    ['a bad override date', { overrides: [{ date: '2026-02-30', windows: [] }] }, /YYYY-MM-DD/],
    ['an invalid busy Date', { busy: [busy('nope', '2026-06-08T10:00:00Z')] }, /busy\[0\]/],
  ])('throws a RangeError for %s', (_name, input, message) => {
    expect(() => slotsFor({ ...monday, rules: mondayNineToFive, ...input } as Parameters<typeof slotsFor>[0])).toThrow(message);
  });
});
