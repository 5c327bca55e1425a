import fc from 'fast-check';
import type { Slot } from '../availability';
import { addDays, daysBetween, formatLocalTime, localDateOf, localDateTimeOf, localDay, MS_PER_DAY, MS_PER_MINUTE, offsetChangesBetween } from '../time';
import { offsetChangesIn, zoneArbitrary } from '../time/zone.fixtures';
import { nearestOpenAlternative } from './nearest-open-alternative';
import { MAX_SERIES_OCCURRENCES, type SeriesRequest, seriesOccurrences } from './series';

const RUNS = { numRuns: 300 };

/**
 * A series in a random zone with one occurrence on a date the clocks change,
 * starting near the wall time of the change (inside a skipped or repeated hour
 * often), or at a random time, or at 18:00.
 */
const seriesArbitrary: fc.Arbitrary<SeriesRequest> = fc
  .record({
    zone: zoneArbitrary,
    year: fc.integer({ min: 2024, max: 2035 }),
    changeIndex: fc.nat(),
    dayOfYear: fc.integer({ min: 0, max: 364 }),
    // Skipped and repeated wall times lie within an hour either side of the change (two for a few zones).
    startChoice: fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: -120, max: 119 }).map((shift) => ({ nearChange: shift })) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 1439 }) },
      { weight: 1, arbitrary: fc.constant(18 * 60) },
    ),
    intervalWeeks: fc.constantFrom(1 as const, 2 as const),
    occurrences: fc.integer({ min: 1, max: MAX_SERIES_OCCURRENCES }),
    changeAt: fc.nat(),
    durationMinutes: fc.integer({ min: 1, max: 180 }),
  })
  .map(({ zone, year, changeIndex, dayOfYear, startChoice, intervalWeeks, occurrences, changeAt, durationMinutes }) => {
    const changes = offsetChangesIn(zone, year);
    const anchor = changes.length > 0 ? changes[changeIndex % changes.length] : new Date(Date.UTC(year, 0, 1 + dayOfYear, 12));
    // The wall clock a minute before the change, on the change's local date.
    const before = localDateTimeOf(new Date(anchor.getTime() - MS_PER_MINUTE), zone);
    const minutes = typeof startChoice === 'number' ? startChoice : (((before.minutesOfDay + 1 + startChoice.nearChange) % 1440) + 1440) % 1440;
    const firstLocalDate = addDays(before.localDate, -7 * intervalWeeks * (changeAt % occurrences));
    return { firstLocalDate, localStartTime: formatLocalTime(minutes), timeZone: zone, durationMinutes, intervalWeeks, occurrences };
  });

/**
 * An oracle apart from localDay's conversion: a wall time is skipped when, at a
 * change from offset b to a larger offset a at instant T, it reads in [T + b, T + a).
 */
function skippedByClockChange(localDate: string, localTime: string, timeZone: string): boolean {
  const wall = Date.parse(`${localDate}T${localTime}:00Z`);
  const changes = offsetChangesBetween(new Date(wall - 2 * MS_PER_DAY), new Date(wall + 2 * MS_PER_DAY), timeZone);
  return changes.some(({ at, offsetMinutesBefore: before, offsetMinutesAfter: after }) => {
    return after > before && wall >= at.getTime() + before * MS_PER_MINUTE && wall < at.getTime() + after * MS_PER_MINUTE;
  });
}

describe('seriesOccurrences across clock changes (properties)', () => {
  it('keeps the wall time on every date: each occurrence starts at that local time, or the time does not exist that day', () => {
    fc.assert(
      fc.property(seriesArbitrary, (series) => {
        const occurrences = seriesOccurrences(series);
        expect(occurrences).toHaveLength(series.occurrences);
        occurrences.forEach((occurrence, index) => {
          expect(occurrence.index).toBe(index);
          expect(occurrence.localDate).toBe(addDays(series.firstLocalDate, 7 * series.intervalWeeks * index));
          // Only a day whose offset changes can skip a wall time (the oracle is slow, so it checks just those).
          const skipped = localDay(occurrence.localDate, series.timeZone).offsetChanges && skippedByClockChange(occurrence.localDate, series.localStartTime, series.timeZone);
          expect(occurrence.kind).toBe(skipped ? 'NONEXISTENT_LOCAL_TIME' : 'SLOT');
          if (occurrence.kind !== 'SLOT') return;
          const wall = localDateTimeOf(occurrence.start, series.timeZone);
          expect(`${wall.localDate} ${formatLocalTime(wall.minutesOfDay)}`).toBe(`${occurrence.localDate} ${series.localStartTime}`);
          expect(occurrence.end.getTime() - occurrence.start.getTime()).toBe(series.durationMinutes * MS_PER_MINUTE);
        });
      }),
      RUNS,
    );
  });
});

describe('nearestOpenAlternative (properties)', () => {
  const caseArbitrary = fc
    .record({
      zone: zoneArbitrary,
      wanted: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2035, 11, 31) }),
      offsets: fc.array(fc.integer({ min: -6 * 96, max: 6 * 96 }), { maxLength: 30 }),
      maxDaysAway: fc.integer({ min: 0, max: 4 }),
    })
    .map(({ zone, wanted, offsets, maxDaysAway }) => ({
      zone,
      maxDaysAway,
      wanted: new Date(wanted),
      // Starts on a 15-minute grid around the wanted time (duplicates allowed).
      slots: offsets.map((quarters): Slot => ({ start: new Date(wanted + quarters * 15 * MS_PER_MINUTE), end: new Date(wanted + (quarters * 15 + 50) * MS_PER_MINUTE) })),
    }));

  it('agrees with sorting every eligible slot by (other day, distance, start)', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ zone, maxDaysAway, wanted, slots }) => {
        const wantedDate = localDateOf(wanted, zone);
        const eligible = slots
          .map((slot) => ({ slot, days: daysBetween(wantedDate, localDateOf(slot.start, zone)), distance: Math.abs(slot.start.getTime() - wanted.getTime()) }))
          .filter(({ days }) => Math.abs(days) <= maxDaysAway)
          .sort((a, b) => Number(a.days !== 0) - Number(b.days !== 0) || a.distance - b.distance || a.slot.start.getTime() - b.slot.start.getTime());
        const chosen = nearestOpenAlternative(wanted, slots, { timeZone: zone, maxDaysAway });
        expect(chosen?.start.getTime() ?? null).toBe(eligible[0]?.slot.start.getTime() ?? null);
        if (chosen) expect(slots).toContain(chosen);
        if (chosen) expect(Math.abs(chosen.start.getTime() - wanted.getTime())).toBeLessThanOrEqual((maxDaysAway + 1) * MS_PER_DAY + MS_PER_DAY);
      }),
      RUNS,
    );
  });
});
