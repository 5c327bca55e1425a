import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  addDays,
  formatInZone,
  formatLocalTime,
  type LocalDay,
  localDateOf,
  localDateTimeOf,
  localDateTimeToInstant,
  localDay,
  MS_PER_DAY,
  MS_PER_MINUTE,
  parseLocalTime,
  weekdayOf,
} from '../time';
import type { ComputeOpenSlotsInput, Slot, TimeWindow } from './availability.types';
import { computeOpenSlots } from './compute-open-slots';
import { casesPerHostZone, offsetChangesIn, zoneArbitrary } from '../time/zone.fixtures';

const RUNS = casesPerHostZone(1000);

/** An instant, usually one of the zone's offset changes in 2024–2035, else a random day then. */
const anchorArbitrary = fc
  .record({ zone: zoneArbitrary, year: fc.integer({ min: 2024, max: 2035 }), changeIndex: fc.nat(), dayOfYear: fc.integer({ min: 0, max: 364 }) })
  .map(({ zone, year, changeIndex, dayOfYear }) => {
    const changes = offsetChangesIn(zone, year);
    const anchor = changes.length > 0 ? changes[changeIndex % changes.length] : new Date(Date.UTC(year, 0, 1 + dayOfYear, 12));
    return { zone, anchor: anchor.getTime() };
  });

// Starts on a 5-minute grid, often in the small hours where clocks change.
const windowArbitrary = fc
  .record({
    startMinutes: fc.oneof(fc.integer({ min: 0, max: 287 }).map((five) => five * 5), fc.integer({ min: 0, max: 60 }).map((five) => five * 5)),
    lengthMinutes: fc.oneof(fc.noBias(fc.integer({ min: 1, max: 120 })), fc.integer({ min: 1, max: 120 })).map((five) => five * 5),
  })
  .map(({ startMinutes, lengthMinutes }): TimeWindow => ({
    startLocal: formatLocalTime(startMinutes),
    endLocal: formatLocalTime(Math.min(1440, startMinutes + lengthMinutes)),
  }));

const minutes = (min: number, max: number) => fc.integer({ min, max }).map((value) => value * MS_PER_MINUTE);

const rulesArbitrary = fc.oneof(
  // Random windows on random weekdays (may overlap: the engine must cope with unvalidated rules)…
  { weight: 1, arbitrary: fc.array(fc.record({ weekday: fc.constantFrom(1, 2, 3, 4, 5, 6, 7 as const), window: windowArbitrary }), { minLength: 3, maxLength: 14 }).map((rules) =>
    rules.map(({ weekday, window }) => ({ weekday, ...window })),
  ) },
  // …or the same windows every day, so most runs have hours on the transition day.
  {
    weight: 2,
    arbitrary: fc.array(windowArbitrary, { minLength: 1, maxLength: 3 }).map((windows) =>
      ([1, 2, 3, 4, 5, 6, 7] as const).flatMap((weekday) => windows.map((window) => ({ weekday, ...window }))),
    ),
  },
);

/** Inputs with `now` a little before the anchor and the requested range starting near `now`. */
const inputArbitrary = anchorArbitrary.chain(({ zone, anchor }) =>
  fc
    .record({
      timeZone: fc.constant(zone),
      rules: rulesArbitrary,
      overrides: fc
        .uniqueArray(fc.record({ dayOffset: fc.integer({ min: -3, max: 3 }), windows: fc.array(windowArbitrary, { maxLength: 3 }) }), {
          maxLength: 3,
          selector: (override) => override.dayOffset,
        })
        .map((overrides) => overrides.map(({ dayOffset, windows }) => ({ date: addDays(localDateOf(new Date(anchor), zone), dayOffset), windows }))),
      settings: fc.record({
        bufferBeforeMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 60 })),
        bufferAfterMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 60 })),
        minimumNoticeMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1440 })),
        horizonDays: fc.oneof(fc.integer({ min: 1, max: 14 }), fc.constant(60)),
        maxSessionsPerDay: fc.option(fc.integer({ min: 1, max: 3 }), { freq: 2 }),
        slotStepMinutes: fc.oneof(fc.constantFrom(5, 10, 15, 20, 30, 45, 60, 90), fc.integer({ min: 5, max: 120 })),
      }),
      busy: fc.array(
        fc.record({ startOffset: minutes(-3 * 1440, 3 * 1440), length: minutes(0, 240), countsTowardDailyCap: fc.boolean() }).map(
          ({ startOffset, length, countsTowardDailyCap }) => ({
            start: new Date(anchor + startOffset),
            end: new Date(anchor + startOffset + length),
            countsTowardDailyCap,
          }),
        ),
        { maxLength: 10 },
      ),
      durationMinutes: fc.oneof(fc.constantFrom(30, 45, 50, 60, 90), fc.integer({ min: 1, max: 180 })),
      nowBefore: minutes(0, 2 * 1440),
      fromAfterNow: minutes(-720, 2 * 1440),
      rangeLength: fc.oneof({ weight: 3, arbitrary: fc.noBias(minutes(1440, 4 * 1440)) }, { weight: 1, arbitrary: minutes(0, 1440) }),
    })
    .map(({ nowBefore, fromAfterNow, rangeLength, ...rest }): ComputeOpenSlotsInput => {
      const [now, from] = [anchor - nowBefore, anchor - nowBefore + fromAfterNow];
      return { ...rest, now: new Date(now), from: new Date(from), to: new Date(from + rangeLength) };
    }),
);

function windowsOn(input: ComputeOpenSlotsInput, localDate: string): TimeWindow[] {
  const override = input.overrides.find((candidate) => candidate.date === localDate);
  return override ? override.windows : input.rules.filter((rule) => rule.weekday === weekdayOf(localDate));
}

/** The day a capped booking counts toward: its session's start, bufferBefore into the blocked range. */
function cappedSessionsOn(input: ComputeOpenSlotsInput, localDate: string): number {
  return input.busy.filter(
    (busy) => busy.countsTowardDailyCap && localDateOf(new Date(busy.start.getTime() + input.settings.bufferBeforeMinutes * MS_PER_MINUTE), input.timeZone) === localDate,
  ).length;
}

const overlapsBufferedBusy = (input: ComputeOpenSlotsInput, start: number, end: number) =>
  input.busy.some(
    (busy) =>
      busy.end > busy.start &&
      start - input.settings.bufferBeforeMinutes * MS_PER_MINUTE < busy.end.getTime() &&
      busy.start.getTime() < end + input.settings.bufferAfterMinutes * MS_PER_MINUTE,
  );

/** A deliberately naive engine: every date near the range, every window, every step, each rule checked on its own. */
function referenceSlotStarts(input: ComputeOpenSlotsInput): number[] {
  const { settings, timeZone } = input;
  const lower = Math.max(input.from.getTime(), input.now.getTime() + settings.minimumNoticeMinutes * MS_PER_MINUTE);
  const upper = Math.min(input.to.getTime(), input.now.getTime() + settings.horizonDays * MS_PER_DAY);
  const starts = new Set<number>();
  const lastDate = localDateOf(new Date(input.to.getTime() + 2 * MS_PER_DAY), timeZone);
  for (let date = localDateOf(new Date(input.from.getTime() - 2 * MS_PER_DAY), timeZone); date <= lastDate; date = addDays(date, 1)) {
    if (settings.maxSessionsPerDay !== null && cappedSessionsOn(input, date) >= settings.maxSessionsPerDay) continue;
    const day = localDay(date, timeZone);
    for (const window of windowsOn(input, date)) {
      const [windowStart, windowEnd] = [parseLocalTime(window.startLocal), parseLocalTime(window.endLocal, { allowEndOfDay: true })];
      const windowEndsAt = day.toInstant(windowEnd).instant.getTime();
      for (let wall = windowStart; wall < windowEnd; wall += settings.slotStepMinutes) {
        const { instant, exists } = day.toInstant(wall);
        const [start, end] = [instant.getTime(), instant.getTime() + input.durationMinutes * MS_PER_MINUTE];
        if (exists && end <= windowEndsAt && start >= lower && start < upper && !overlapsBufferedBusy(input, start, end)) starts.add(start);
      }
    }
  }
  return [...starts].sort((a, b) => a - b);
}

const checkSlots = (check: (input: ComputeOpenSlotsInput, slots: Slot[]) => void) =>
  fc.assert(
    fc.property(inputArbitrary, (input) => check(input, computeOpenSlots(input))),
    RUNS,
  );

const wallClockOf = (instant: Date, zone: string) => {
  const { localDate, minutesOfDay } = localDateTimeOf(instant, zone);
  return `${localDate} ${formatLocalTime(minutesOfDay)}`;
};

describe('computeOpenSlots (property-based, random zones around DST changes 2024–2035)', () => {
  it('puts every slot inside a working window, on its step, in local time', () => {
    checkSlots((input, slots) => {
      const days = new Map<string, LocalDay>();
      const outside = slots.filter((slot) => {
        const { localDate, minutesOfDay } = localDateTimeOf(slot.start, input.timeZone);
        if (!days.has(localDate)) days.set(localDate, localDay(localDate, input.timeZone));
        const fits = windowsOn(input, localDate).some((window) => {
          const [start, end] = [parseLocalTime(window.startLocal), parseLocalTime(window.endLocal, { allowEndOfDay: true })];
          const endsAt = days.get(localDate)!.toInstant(end).instant;
          return minutesOfDay >= start && minutesOfDay < end && (minutesOfDay - start) % input.settings.slotStepMinutes === 0 && slot.end <= endsAt;
        });
        return !fits || slot.end.getTime() - slot.start.getTime() !== input.durationMinutes * MS_PER_MINUTE;
      });
      expect(outside).toEqual([]);
    });
  });

  it('keeps every slot, with its buffers, clear of busy time', () => {
    checkSlots((input, slots) => {
      expect(slots.filter((slot) => overlapsBufferedBusy(input, slot.start.getTime(), slot.end.getTime()))).toEqual([]);
    });
  });

  it('respects minimum notice, the horizon and the requested range', () => {
    checkSlots((input, slots) => {
      const { now, from, to, settings } = input;
      const earliest = Math.max(from.getTime(), now.getTime() + settings.minimumNoticeMinutes * MS_PER_MINUTE);
      const startsBefore = Math.min(to.getTime(), now.getTime() + settings.horizonDays * MS_PER_DAY);
      expect(slots.filter(({ start }) => start.getTime() < earliest || start.getTime() >= startsBefore)).toEqual([]);
    });
  });

  it('offers nothing on a local date whose capped bookings reach the daily cap', () => {
    checkSlots((input, slots) => {
      const cap = input.settings.maxSessionsPerDay;
      if (cap === null) return;
      expect(slots.filter((slot) => cappedSessionsOn(input, localDateOf(slot.start, input.timeZone)) >= cap)).toEqual([]);
    });
  });

  it('returns slots sorted by start with no duplicate instants or wall times', () => {
    checkSlots((input, slots) => {
      expect(slots.filter((slot, index) => index > 0 && slot.start <= slots[index - 1].start)).toEqual([]);
      const wallTimes = slots.map((slot) => wallClockOf(slot.start, input.timeZone));
      expect(new Set(wallTimes).size).toBe(slots.length); // the repeated hour is never offered twice
    });
  });

  it('round-trips every slot start exactly: UTC → local → UTC', () => {
    checkSlots((input, slots) => {
      const broken = slots.filter(({ start }) => {
        const { localDate, localTime, minutesOfDay } = formatInZone(start, input.timeZone);
        const back = localDateTimeToInstant(localDate, parseLocalTime(localTime), input.timeZone);
        // luxon, asked directly, must read the same wall clock.
        const read = DateTime.fromJSDate(start, { zone: input.timeZone });
        const luxonAgrees = read.toISODate() === localDate && read.hour * 60 + read.minute === minutesOfDay && read.second === 0 && read.millisecond === 0;
        return !back.exists || back.instant.getTime() !== start.getTime() || !luxonAgrees;
      });
      expect(broken).toEqual([]);
    });
  });

  it('finds exactly the slots a naive reference engine finds', () => {
    checkSlots((input, slots) => {
      expect(slots.map((slot) => slot.start.getTime())).toEqual(referenceSlotStarts(input));
    });
  });
});
