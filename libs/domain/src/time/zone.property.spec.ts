import fc from 'fast-check';
import { DateTime } from 'luxon';
import { addDays, dayNumberOf, MS_PER_DAY, MS_PER_MINUTE } from './local-date';
import { formatLocalTime, MINUTES_PER_DAY } from './local-time';
import { formatInZone, localDateTimeOf, localDateTimeToInstant, localDaysBetween, offsetChangesBetween, wallClockMinuteConverter } from './zone';
import { casesPerHostZone, offsetChangesIn, zoneArbitrary } from './zone.fixtures';

/** A zone and a local date, usually within two days of one of the zone's offset changes in 2024–2035. */
const zonedDateArbitrary = fc
  .record({
    zone: zoneArbitrary,
    year: fc.integer({ min: 2024, max: 2035 }),
    changeIndex: fc.nat(),
    daysFromChange: fc.integer({ min: -2, max: 2 }),
    dayOfYear: fc.integer({ min: 0, max: 364 }),
  })
  .map(({ zone, year, changeIndex, daysFromChange, dayOfYear }) => {
    const changes = offsetChangesIn(zone, year);
    const anchor = changes.length > 0 ? changes[changeIndex % changes.length] : new Date(Date.UTC(year, 0, 1 + dayOfYear));
    const anchorDate = DateTime.fromJSDate(anchor, { zone }).toISODate()!;
    return { zone, date: addDays(anchorDate, daysFromChange) };
  });

/** Offset in ms at an instant, straight from luxon. */
const offsetMs = (zone: string, epochMs: number) => DateTime.fromMillis(epochMs, { zone }).offset * MS_PER_MINUTE;

/** Every instant whose wall clock reads `wall`: offsets probed every 3 h across ±30 h, each tried. */
function instantsReading(zone: string, wall: number): number[] {
  const offsets = new Set<number>();
  for (let hours = -30; hours <= 30; hours += 3) offsets.add(offsetMs(zone, wall + hours * 3_600_000));
  return [...offsets]
    .map((offset) => wall - offset)
    .filter((instant) => instant + offsetMs(zone, instant) === wall)
    .sort((a, b) => a - b);
}

describe('zone conversions (property-based)', () => {
  it('maps wall times to instants like a brute-force search: earliest of repeats, jump moment for skipped', () => {
    fc.assert(
      fc.property(zonedDateArbitrary, fc.integer({ min: 0, max: 1440 }), ({ zone, date }, minutes) => {
        const wall = dayNumberOf(date) * MS_PER_DAY + minutes * MS_PER_MINUTE;
        const expected = instantsReading(zone, wall);
        const actual = localDateTimeToInstant(date, minutes, zone);
        expect(actual.exists).toBe(expected.length > 0);
        expect(actual.ambiguous).toBe(expected.length > 1);
        const instant = actual.instant.getTime();
        if (actual.exists) {
          expect(instant).toBe(expected[0]);
        } else {
          // The clocks jumped over the wall time at exactly this instant.
          expect(instant - 1 + offsetMs(zone, instant - 1)).toBeLessThan(wall);
          expect(instant + offsetMs(zone, instant)).toBeGreaterThan(wall);
        }
      }),
      casesPerHostZone(2000),
    );
  });

  it('converts a run of days exactly as one day at a time', () => {
    fc.assert(
      fc.property(zonedDateArbitrary, fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 1440 }), ({ zone, date }, length, minutes) => {
        const days = localDaysBetween(date, addDays(date, length), zone);
        expect(days).toHaveLength(length + 1);
        days.forEach((day, index) => {
          expect(day.localDate).toBe(addDays(date, index));
          expect(day.toInstant(minutes)).toEqual(localDateTimeToInstant(day.localDate, minutes, zone));
        });
      }),
      casesPerHostZone(1000),
    );
  });

  it('round-trips instants: UTC → wall clock → UTC', () => {
    const minuteArbitrary = fc.integer({ min: Date.UTC(2024, 0, 1) / MS_PER_MINUTE, max: Date.UTC(2036, 0, 1) / MS_PER_MINUTE });
    fc.assert(
      fc.property(zoneArbitrary, minuteArbitrary, fc.integer({ min: 0, max: 59_999 }), (zone, minute, extraMs) => {
        const instant = new Date(minute * MS_PER_MINUTE);
        const { localDate, minutesOfDay } = localDateTimeOf(instant, zone);
        const formatted = formatInZone(instant, zone);
        expect(formatted).toMatchObject({ localDate, localTime: formatLocalTime(minutesOfDay) });
        expect(dayNumberOf(localDate) * MS_PER_DAY + minutesOfDay * MS_PER_MINUTE).toBe(instant.getTime() + formatted.offsetMinutes * MS_PER_MINUTE);
        const back = localDateTimeToInstant(localDate, minutesOfDay, zone);
        expect(back.exists).toBe(true);
        if (back.ambiguous) {
          // The earlier reading of a repeated wall time: the same instant or one a DST shift before it.
          expect(back.instant.getTime()).toBeLessThanOrEqual(instant.getTime());
          expect(localDateTimeOf(back.instant, zone)).toEqual({ localDate, minutesOfDay });
        } else {
          expect(back.instant).toEqual(instant);
        }
        // Seconds inside the minute read as the same wall minute.
        expect(localDateTimeOf(new Date(instant.getTime() + extraMs), zone)).toEqual({ localDate, minutesOfDay });
      }),
      casesPerHostZone(2000),
    );
  });

  it('lists every offset change: offsets between the listed changes stay put', () => {
    fc.assert(
      fc.property(zoneArbitrary, fc.integer({ min: 2024, max: 2035 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 8, maxLength: 8 }), (zone, year, fractions) => {
        const [from, to] = [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
        const changes = offsetChangesBetween(new Date(from), new Date(to), zone);
        let expectedOffset = offsetMs(zone, from);
        for (const change of changes) {
          expect(change.offsetMinutesBefore * MS_PER_MINUTE).toBe(expectedOffset);
          expect(offsetMs(zone, change.at.getTime() - 1)).toBe(expectedOffset);
          expectedOffset = change.offsetMinutesAfter * MS_PER_MINUTE;
          expect(offsetMs(zone, change.at.getTime())).toBe(expectedOffset);
        }
        for (const fraction of fractions) {
          const probe = Math.floor(from + fraction * (to - 1 - from));
          const changesSoFar = changes.filter((change) => change.at.getTime() <= probe);
          const last = changesSoFar[changesSoFar.length - 1];
          expect(offsetMs(zone, probe)).toBe(last ? last.offsetMinutesAfter * MS_PER_MINUTE : offsetMs(zone, from));
        }
      }),
      casesPerHostZone(1000),
    );
  });
});

describe('wallClockMinuteConverter', () => {
  it('reads every instant of a window as localDateTimeOf does, across offset changes and outside the window', () => {
    fc.assert(
      fc.property(
        zonedDateArbitrary,
        fc.array(fc.integer({ min: -3 * 24 * 60, max: 20 * 24 * 60 }), { minLength: 1, maxLength: 40 }),
        ({ zone, date }, minutes) => {
          const from = localDateTimeToInstant(date, 0, zone).instant;
          const to = localDateTimeToInstant(addDays(date, 16), 0, zone).instant;
          const convert = wallClockMinuteConverter(from, to, zone);
          for (const minute of minutes) {
            const instant = new Date(from.getTime() + minute * MS_PER_MINUTE);
            const expected = localDateTimeOf(instant, zone);
            const wallMinutes = convert(instant.getTime());
            const dayNumber = Math.floor(wallMinutes / MINUTES_PER_DAY);
            expect({ dayNumber, minutesOfDay: wallMinutes - dayNumber * MINUTES_PER_DAY }).toEqual({ dayNumber: dayNumberOf(expected.localDate), minutesOfDay: expected.minutesOfDay });
          }
        },
      ),
      casesPerHostZone(300),
    );
  });
});
