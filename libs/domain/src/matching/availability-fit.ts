import { addDays, dayNumberOf, MINUTES_PER_DAY, startOfLocalDay, wallClockMinuteConverter, weekdayOfDayNumber } from '../time';
import { NO_CONTRIBUTION } from './fit-components';
import type { ComponentScore, DayPart, MatchPreferences, TherapistCandidate } from './matching.types';
import { joinWithAnd, plural } from './reason-text';

/** Local [start, end) minutes of each day part. */
export const DAY_PART_MINUTES: Readonly<Record<DayPart, readonly [number, number]>> = {
  MORNING: [6 * 60, 12 * 60],
  AFTERNOON: [12 * 60, 17 * 60],
  EVENING: [17 * 60, 22 * 60],
};
const DAY_PARTS = Object.keys(DAY_PART_MINUTES) as DayPart[];

/** Open slots count on the client's local dates today … today + 13. */
export const AVAILABILITY_WINDOW_DAYS = 14;
/** With no time preference, this many open times in the window earns full availability credit. */
export const OPEN_TIMES_FOR_FULL_CREDIT = 10;

const ALL_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAY_PART_NOUNS: Record<DayPart, string> = { MORNING: 'mornings', AFTERNOON: 'afternoons', EVENING: 'evenings' };

/** An open time in the client's zone as one small number: weekday (1–7) × CODES_PER_WEEKDAY + day part (its index, NO_DAY_PART for none). */
type SlotCode = number;
const NO_DAY_PART = DAY_PARTS.length;
const CODES_PER_WEEKDAY = NO_DAY_PART + 1;

/** Each local minute of a day's day-part index: a ranking codes some 30,000 open times, one lookup each. */
const DAY_PART_INDEX_BY_MINUTE = Uint8Array.from({ length: MINUTES_PER_DAY }, (_, minute) => {
  const index = DAY_PARTS.findIndex((part) => minute >= DAY_PART_MINUTES[part][0] && minute < DAY_PART_MINUTES[part][1]);
  return index === -1 ? NO_DAY_PART : index;
});

const slotCode = (weekday: number, dayPartIndex: number): SlotCode => weekday * CODES_PER_WEEKDAY + dayPartIndex;
const weekdayOfCode = (code: SlotCode): number => Math.floor(code / CODES_PER_WEEKDAY);

// One converter for the window of the latest (zone, today): a ranking asks for the same one for every candidate.
let windowConverter: { key: string; todayNumber: number; toWallMinutes: (epochMs: number) => number } | null = null;

function windowWallClock(timeZone: string, today: string) {
  const key = `${timeZone}\u0000${today}`;
  if (windowConverter?.key !== key) {
    const from = startOfLocalDay(addDays(today, -1), timeZone);
    const to = startOfLocalDay(addDays(today, AVAILABILITY_WINDOW_DAYS + 1), timeZone);
    windowConverter = { key, todayNumber: dayNumberOf(today), toWallMinutes: wallClockMinuteConverter(from, to, timeZone) };
  }
  return windowConverter;
}

/** The slot code of an instant's wall-clock minute (minutes since 1970-01-01T00:00 local). */
function codeOfWallMinutes(wallMinutes: number): SlotCode {
  const dayNumber = Math.floor(wallMinutes / MINUTES_PER_DAY);
  return slotCode(weekdayOfDayNumber(dayNumber), DAY_PART_INDEX_BY_MINUTE[wallMinutes - dayNumber * MINUTES_PER_DAY]);
}

// A ranking reads each candidate's window twice (the score and the caveats): kept per list of starts, for one window.
const codesByStarts = new WeakMap<readonly number[], { key: string; codes: SlotCode[] }>();

/** The candidate's open times on the client's today … today + 13, as slot codes in the client's zone. */
function slotsInWindow(starts: readonly number[], timeZone: string, today: string): SlotCode[] {
  const { key, todayNumber, toWallMinutes } = windowWallClock(timeZone, today);
  const kept = codesByStarts.get(starts);
  if (kept?.key === key) return kept.codes;
  const [first, end] = [todayNumber * MINUTES_PER_DAY, (todayNumber + AVAILABILITY_WINDOW_DAYS) * MINUTES_PER_DAY];
  const codes: SlotCode[] = [];
  for (const start of starts) {
    const wallMinutes = toWallMinutes(start);
    if (wallMinutes >= first && wallMinutes < end) codes.push(codeOfWallMinutes(wallMinutes));
  }
  codesByStarts.set(starts, { key, codes });
  return codes;
}

interface StatedTimes {
  days: number[];
  dayParts: DayPart[];
  weekdays: number[];
  /** Indexed by slot code: whether such a time fits. */
  fits: boolean[];
}

const statedByPreferences = new WeakMap<MatchPreferences, StatedTimes | null>();

/** The client's weekdays and day parts with empty lists filled in as "any"; null when they stated no time preference. */
function statedTimes(preferences: MatchPreferences): StatedTimes | null {
  if (statedByPreferences.has(preferences)) return statedByPreferences.get(preferences)!;
  const weekdays = [...new Set(preferences.preferredTimes.weekdays)].filter((weekday) => ALL_WEEKDAYS.includes(weekday)).sort((a, b) => a - b);
  const dayParts = DAY_PARTS.filter((part) => preferences.preferredTimes.dayParts.includes(part));
  let stated: StatedTimes | null = null;
  if (weekdays.length > 0 || dayParts.length > 0) {
    const days = weekdays.length > 0 ? weekdays : ALL_WEEKDAYS;
    const fits: boolean[] = [];
    for (const weekday of ALL_WEEKDAYS) {
      for (let part = 0; part <= NO_DAY_PART; part += 1) {
        fits[slotCode(weekday, part)] = days.includes(weekday) && (dayParts.length === 0 || (part !== NO_DAY_PART && dayParts.includes(DAY_PARTS[part])));
      }
    }
    stated = { days, dayParts, weekdays, fits };
  }
  statedByPreferences.set(preferences, stated);
  return stated;
}

/**
 * Whether an open time is on the client's preferred days and day parts, in the
 * client's zone (true for any time when they stated none). Times shown beside an
 * availability reason are chosen with this, so "fits your evenings" sits beside evenings.
 * `today` is the client's local date: the ranking's converter for that window is reused.
 */
export function fitsPreferredTimes(start: Date, preferences: MatchPreferences, today: string): boolean {
  const stated = statedTimes(preferences);
  if (stated === null) return true;
  return stated.fits[codeOfWallMinutes(windowWallClock(preferences.timeZone, today).toWallMinutes(start.getTime()))];
}

/** 'your weekday evenings' for the client's stated times; null when they stated none. */
export function describePreferredTimes(preferences: MatchPreferences): string | null {
  const stated = statedTimes(preferences);
  if (stated === null) return null;
  const { weekdays, dayParts } = stated;
  return describePreference(weekdays.length > 0 && weekdays.length < 7 ? weekdays : null, dayParts.length > 0 ? dayParts : null);
}

/** How many of the candidate's open times in the window fit the stated times; null when none were stated. */
export function fittingOpenTimes(candidate: TherapistCandidate, preferences: MatchPreferences, today: string): number | null {
  const stated = statedTimes(preferences);
  if (stated === null) return null;
  let fitting = 0;
  for (const code of slotsInWindow(candidate.openSlotStartsMs, preferences.timeZone, today)) if (stated.fits[code]) fitting += 1;
  return fitting;
}

const sameSet = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((item) => b.includes(item));

/** How to name a set of weekdays: 'weekday' / 'weekdays', 'Monday and Friday' / 'Mondays and Fridays'; null when too many to list. */
function weekdayWords(weekdays: readonly number[]): { adjective: string; noun: string } | null {
  if (sameSet(weekdays, [1, 2, 3, 4, 5])) return { adjective: 'weekday', noun: 'weekdays' };
  if (sameSet(weekdays, [6, 7])) return { adjective: 'weekend', noun: 'weekends' };
  if (weekdays.length > 3) return null;
  const names = weekdays.map((weekday) => WEEKDAY_NAMES[weekday - 1]);
  return { adjective: joinWithAnd(names), noun: joinWithAnd(names.map((name) => `${name}s`)) };
}

/** 'your Monday and Wednesday mornings', 'your weekday evenings', 'your weekends', 'your mornings and evenings'. */
function describePreference(weekdays: readonly number[] | null, dayParts: readonly DayPart[] | null): string {
  const parts = dayParts === null ? null : joinWithAnd(dayParts.map((part) => DAY_PART_NOUNS[part]));
  const days = weekdays === null ? null : weekdayWords(weekdays);
  if (parts === null) return days === null ? 'your preferred days' : `your ${days.noun}`;
  if (weekdays === null) return `your ${parts}`;
  return days === null ? `your ${parts} on the days you chose` : `your ${days.adjective} ${parts}`;
}

/**
 * With a time preference: the share of the client's weekday × day-part combinations
 * with at least one open slot (in the client's zone). Without one: the number of open
 * times, up to OPEN_TIMES_FOR_FULL_CREDIT.
 */
export function availabilityFit(candidate: TherapistCandidate, preferences: MatchPreferences, today: string, words = true): ComponentScore {
  const slots = slotsInWindow(candidate.openSlotStartsMs, preferences.timeZone, today);
  const stated = statedTimes(preferences);
  if (stated === null) {
    if (slots.length === 0) return NO_CONTRIBUTION;
    const value = Math.min(1, slots.length / OPEN_TIMES_FOR_FULL_CREDIT);
    return { value, text: words ? `Has ${slots.length} open ${plural(slots.length, 'time')} in the next 2 weeks` : null };
  }

  // An empty list means any: any weekday, or any time of day on the chosen weekdays.
  const partsMatter = stated.dayParts.length > 0;
  const covered = new Set<number>();
  let fitting = 0;
  for (const code of slots) {
    if (!stated.fits[code]) continue;
    fitting += 1;
    // Without day parts, a weekday counts once whatever the time.
    covered.add(partsMatter ? code : weekdayOfCode(code));
  }
  if (fitting === 0) return NO_CONTRIBUTION;
  const combinations = stated.days.length * (partsMatter ? stated.dayParts.length : 1);
  const value = covered.size / combinations;
  if (!words) return { value, text: null };
  const preference = describePreferredTimes(preferences)!;
  return { value, text: `Has ${fitting} open ${plural(fitting, 'time')} that ${plural(fitting, 'fits', 'fit')} ${preference}` };
}

/**
 * What availabilityFit's value reads of a list of open times in one window (`key`: windowKeyOf's):
 * how many fall in it and which slot codes they hold, a bit each (codes run below 32). A
 * ranking record keeps it (rankRecords), so a search over kept records reads two numbers a
 * therapist where availabilityFit reads the list of codes.
 */
export interface WindowPresence {
  key: string;
  inWindow: number;
  present: number;
}

/** The window a ranking for this zone and day counts in, as a key: the same string while it is the latest one asked. */
export function windowKeyOf(timeZone: string, today: string): string {
  return windowWallClock(timeZone, today).key;
}

/** The open times' presence in the client's window (see WindowPresence). */
export function windowPresence(starts: readonly number[], timeZone: string, today: string): WindowPresence {
  const { key, todayNumber, toWallMinutes } = windowWallClock(timeZone, today);
  const [first, end] = [todayNumber * MINUTES_PER_DAY, (todayNumber + AVAILABILITY_WINDOW_DAYS) * MINUTES_PER_DAY];
  let inWindow = 0;
  let present = 0;
  for (const start of starts) {
    const wallMinutes = toWallMinutes(start);
    if (wallMinutes < first || wallMinutes >= end) continue;
    inWindow += 1;
    present |= 1 << codeOfWallMinutes(wallMinutes);
  }
  return { key, inWindow, present };
}

/** Per preferences: the stated times' fitting codes as bits (see WindowPresence); null when they stated none. */
const fittingBitsByPreferences = new WeakMap<MatchPreferences, number | null>();

function fittingBits(preferences: MatchPreferences): number | null {
  if (fittingBitsByPreferences.has(preferences)) return fittingBitsByPreferences.get(preferences)!;
  const stated = statedTimes(preferences);
  let bits: number | null = null;
  if (stated !== null) {
    bits = 0;
    stated.fits.forEach((fits, code) => {
      if (fits) bits! |= 1 << code;
    });
  }
  fittingBitsByPreferences.set(preferences, bits);
  return bits;
}

/** availabilityFit's value, from the open times' presence in the same window: the same number. */
export function availabilityValueOf(presence: Pick<WindowPresence, 'inWindow' | 'present'>, preferences: MatchPreferences): number {
  const fitting = fittingBits(preferences);
  if (fitting === null) return presence.inWindow === 0 ? 0 : Math.min(1, presence.inWindow / OPEN_TIMES_FOR_FULL_CREDIT);
  const fits = presence.present & fitting;
  if (fits === 0) return 0;
  const stated = statedTimes(preferences)!;
  const partsMatter = stated.dayParts.length > 0;
  let covered = 0;
  if (partsMatter) {
    for (let rest = fits; rest !== 0; rest &= rest - 1) covered += 1;
  } else {
    // Without day parts, a weekday counts once whatever the time: its codes are a run of CODES_PER_WEEKDAY bits.
    const weekdayBits = (1 << CODES_PER_WEEKDAY) - 1;
    for (const weekday of ALL_WEEKDAYS) if ((fits & (weekdayBits << slotCode(weekday, 0))) !== 0) covered += 1;
  }
  return covered / (stated.days.length * (partsMatter ? stated.dayParts.length : 1));
}
