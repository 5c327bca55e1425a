import {
  addMinutes,
  formatInZone,
  isValidInstant,
  isValidTimeZone,
  localDateOf,
  localDateTimeOf,
  localDateTimeToInstant,
  localDay,
  localDaysBetween,
  offsetChangesBetween,
  startOfLocalDay,
} from './zone';
import { addDuration } from './duration';

const at = (iso: string) => new Date(iso);
const hm = (hours: number, minutes = 0) => hours * 60 + minutes;

describe('time zones', () => {
  it.each(['America/New_York', 'Asia/Kathmandu', 'Asia/Katmandu', 'Asia/Kolkata', 'UTC', 'Etc/GMT+5'])('%s is a zone', (zone) => {
    expect(isValidTimeZone(zone)).toBe(true);
    expect(isValidTimeZone(zone)).toBe(true); // the second answer comes from the remembered set
  });

  it.each(['', 'Mars/Olympus_Mons', 'America/New York', '+05:00', 'UTC+5'])('%j is not a zone', (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
    expect(() => localDateOf(new Date(0), zone)).toThrow(/IANA time zone/);
  });

  it('tells valid Dates from invalid ones', () => {
    expect(isValidInstant(new Date(0))).toBe(true);
    expect(isValidInstant(new Date('nope'))).toBe(false);
    expect(isValidInstant('2026-03-08T00:00:00Z')).toBe(false);
    expect(() => localDateOf(new Date('nope'), 'UTC')).toThrow(RangeError);
  });
});

describe('localDateTimeToInstant', () => {
  it.each([
    // zone, date, wall minutes, instant, exists, ambiguous
    ['America/New_York', '2026-03-07', hm(13), '2026-03-07T18:00:00Z', true, false],
    ['America/New_York', '2026-03-08', hm(1, 59), '2026-03-08T06:59:00Z', true, false],
    ['America/New_York', '2026-03-08', hm(2), '2026-03-08T07:00:00Z', false, false], // skipped: the jump moment
    ['America/New_York', '2026-03-08', hm(2, 30), '2026-03-08T07:00:00Z', false, false],
    ['America/New_York', '2026-03-08', hm(3), '2026-03-08T07:00:00Z', true, false],
    ['America/New_York', '2026-03-08', hm(13), '2026-03-08T17:00:00Z', true, false],
    ['America/New_York', '2026-11-01', hm(0, 59), '2026-11-01T04:59:00Z', true, false],
    ['America/New_York', '2026-11-01', hm(1), '2026-11-01T05:00:00Z', true, true], // repeated: the earlier one
    ['America/New_York', '2026-11-01', hm(1, 30), '2026-11-01T05:30:00Z', true, true],
    ['America/New_York', '2026-11-01', hm(2), '2026-11-01T07:00:00Z', true, false],
    ['America/New_York', '2026-11-01', 1440, '2026-11-02T05:00:00Z', true, false],
    ['Europe/London', '2026-03-29', hm(1, 30), '2026-03-29T01:00:00Z', false, false],
    ['Europe/London', '2026-03-29', hm(2), '2026-03-29T01:00:00Z', true, false],
    ['Europe/London', '2026-10-25', hm(1, 15), '2026-10-25T00:15:00Z', true, true],
    ['Australia/Sydney', '2026-04-05', hm(2, 30), '2026-04-04T15:30:00Z', true, true],
    ['Australia/Sydney', '2026-04-05', hm(3), '2026-04-04T17:00:00Z', true, false],
    ['Australia/Sydney', '2026-10-04', hm(2, 30), '2026-10-03T16:00:00Z', false, false],
    ['Australia/Lord_Howe', '2026-10-04', hm(2, 15), '2026-10-03T15:30:00Z', false, false], // a 30-minute jump
    ['Australia/Lord_Howe', '2026-10-04', hm(2, 30), '2026-10-03T15:30:00Z', true, false],
    ['America/Santiago', '2026-09-06', 0, '2026-09-06T04:00:00Z', false, false], // midnight skipped
    ['America/Santiago', '2026-04-04', hm(23, 30), '2026-04-05T02:30:00Z', true, true],
    ['Asia/Kolkata', '2026-03-08', hm(9), '2026-03-08T03:30:00Z', true, false],
    ['Asia/Kathmandu', '2026-03-08', hm(9), '2026-03-08T03:15:00Z', true, false],
    ['Asia/Tokyo', '2026-03-08', hm(9), '2026-03-08T00:00:00Z', true, false],
    ['America/Phoenix', '2026-03-08', hm(2, 30), '2026-03-08T09:30:00Z', true, false],
    ['Pacific/Apia', '2011-12-30', hm(12), '2011-12-30T10:00:00Z', false, false], // the day Samoa skipped
    ['Pacific/Apia', '2011-12-31', 0, '2011-12-30T10:00:00Z', true, false],
  ] as const)('%s %s +%i min → %s (exists %s, ambiguous %s)', (zone, date, minutes, iso, exists, ambiguous) => {
    expect(localDateTimeToInstant(date, minutes, zone)).toEqual({ instant: at(iso), exists, ambiguous });
  });

  it('rejects minutes outside 0–1440 and malformed dates', () => {
    expect(() => localDateTimeToInstant('2026-03-08', 1441, 'UTC')).toThrow(RangeError);
    expect(() => localDateTimeToInstant('2026-03-08', -1, 'UTC')).toThrow(RangeError);
    expect(() => localDateTimeToInstant('2026-03-08', 1.5, 'UTC')).toThrow(RangeError);
    expect(() => localDateTimeToInstant('2026-02-30', 0, 'UTC')).toThrow(RangeError);
  });

  it('knows which days have an offset change near them', () => {
    expect(localDay('2026-03-08', 'America/New_York').offsetChanges).toBe(true);
    expect(localDay('2026-06-08', 'America/New_York').offsetChanges).toBe(false);
    expect(localDay('2026-03-08', 'Asia/Kathmandu').offsetChanges).toBe(false);
  });

  it('converts a run of days the same way as one day at a time', () => {
    const days = localDaysBetween('2026-10-28', '2026-11-04', 'America/New_York');
    expect(days.map((day) => day.localDate)).toEqual([
      '2026-10-28', '2026-10-29', '2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04',
    ]);
    for (const day of days) {
      for (const minutes of [0, hm(1), hm(1, 30), hm(2), hm(9), 1440]) {
        expect(day.toInstant(minutes)).toEqual(localDateTimeToInstant(day.localDate, minutes, 'America/New_York'));
      }
    }
  });
});

describe('startOfLocalDay', () => {
  it.each([
    ['America/New_York', '2026-03-08', '2026-03-08T05:00:00Z'],
    ['America/New_York', '2026-03-09', '2026-03-09T04:00:00Z'],
    ['Asia/Kathmandu', '2026-01-01', '2025-12-31T18:15:00Z'],
    ['America/Santiago', '2026-09-06', '2026-09-06T04:00:00Z'], // 00:00 skipped: the day starts at 01:00
  ])('%s %s starts at %s', (zone, date, iso) => {
    expect(startOfLocalDay(date, zone)).toEqual(at(iso));
  });
});

describe('reading instants in a zone', () => {
  it.each([
    ['2026-03-08T06:59:00Z', 'America/New_York', '2026-03-08', '01:59', '-05:00', 'EST'],
    ['2026-03-08T07:00:00Z', 'America/New_York', '2026-03-08', '03:00', '-04:00', 'EDT'],
    ['2026-11-01T05:30:00Z', 'America/New_York', '2026-11-01', '01:30', '-04:00', 'EDT'],
    ['2026-11-01T06:30:00Z', 'America/New_York', '2026-11-01', '01:30', '-05:00', 'EST'],
    ['2026-07-01T12:00:00Z', 'Europe/London', '2026-07-01', '13:00', '+01:00', 'GMT+1'],
    ['2026-01-15T12:00:00Z', 'Europe/London', '2026-01-15', '12:00', '+00:00', 'GMT'],
    ['2026-01-15T13:00:00Z', 'Australia/Sydney', '2026-01-16', '00:00', '+11:00', 'GMT+11'],
    ['2026-01-15T18:30:00Z', 'Asia/Kolkata', '2026-01-16', '00:00', '+05:30', 'GMT+5:30'],
    ['2026-01-15T18:14:00Z', 'Asia/Kathmandu', '2026-01-15', '23:59', '+05:45', 'GMT+5:45'],
    ['2026-01-15T18:15:00Z', 'Asia/Kathmandu', '2026-01-16', '00:00', '+05:45', 'GMT+5:45'],
    ['2026-07-15T12:00:00Z', 'America/Phoenix', '2026-07-15', '05:00', '-07:00', 'MST'],
    ['2026-07-15T15:00:00Z', 'Asia/Tokyo', '2026-07-16', '00:00', '+09:00', 'GMT+9'],
  ])('%s in %s is %s %s (%s, %s)', (iso, zone, localDate, localTime, offset, zoneAbbreviation) => {
    expect(formatInZone(at(iso), zone)).toMatchObject({ localDate, localTime, offset, zoneAbbreviation });
    expect(localDateOf(at(iso), zone)).toBe(localDate);
  });

  it('takes the abbreviation from the locale asked for', () => {
    expect(formatInZone(at('2026-07-01T12:00:00Z'), 'Europe/London', 'en-GB').zoneAbbreviation).toBe('BST');
  });

  it('drops seconds when reading the wall clock', () => {
    expect(localDateTimeOf(at('2026-01-15T12:34:59.999Z'), 'UTC')).toEqual({ localDate: '2026-01-15', minutesOfDay: 754 });
    expect(formatInZone(at('2026-01-15T12:34:59.999Z'), 'UTC')).toMatchObject({ localTime: '12:34', offsetMinutes: 0 });
  });
});

describe('addMinutes', () => {
  it('adds elapsed minutes, whatever the wall clock does', () => {
    expect(addMinutes(at('2026-03-08T06:30:00Z'), 60)).toEqual(at('2026-03-08T07:30:00Z'));
    expect(addMinutes(at('2026-03-08T06:30:00Z'), -90)).toEqual(at('2026-03-08T05:00:00Z'));
    expect(() => addMinutes(at('2026-03-08T06:30:00Z'), Number.NaN)).toThrow(RangeError);
  });
});

describe('addDuration in days', () => {
  it('adds 24-hour days of elapsed time, so across New York\'s spring-forward the wall clock moves by an hour', () => {
    const beforeChange = at('2026-03-07T15:00:00Z'); // 10:00 EST
    const later = addDuration(beforeChange, { days: 2 });
    expect(later).toEqual(at('2026-03-09T15:00:00Z'));
    expect(formatInZone(later, 'America/New_York').localTime).toBe('11:00'); // EDT
    expect(addDuration(beforeChange, { days: -1.5 })).toEqual(at('2026-03-06T03:00:00Z'));
    expect(() => addDuration(beforeChange, { days: Number.POSITIVE_INFINITY })).toThrow(RangeError);
  });
});

describe('offsetChangesBetween', () => {
  it('finds both New York changes of 2026', () => {
    expect(offsetChangesBetween(at('2026-01-01T00:00:00Z'), at('2027-01-01T00:00:00Z'), 'America/New_York')).toEqual([
      { at: at('2026-03-08T07:00:00Z'), offsetMinutesBefore: -300, offsetMinutesAfter: -240 },
      { at: at('2026-11-01T06:00:00Z'), offsetMinutesBefore: -240, offsetMinutesAfter: -300 },
    ]);
  });

  it('finds none in zones without DST', () => {
    for (const zone of ['Asia/Kathmandu', 'Asia/Kolkata', 'Asia/Tokyo', 'America/Phoenix']) {
      expect(offsetChangesBetween(at('2024-01-01T00:00:00Z'), at('2036-01-01T00:00:00Z'), zone)).toEqual([]);
    }
  });

  it("finds Morocco's Ramadan changes five weeks apart", () => {
    const changes = offsetChangesBetween(at('2026-01-01T00:00:00Z'), at('2026-06-01T00:00:00Z'), 'Africa/Casablanca');
    expect(changes.map((change) => change.at)).toEqual([at('2026-02-15T02:00:00Z'), at('2026-03-22T02:00:00Z')]);
  });
});
