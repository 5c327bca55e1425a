// A demo therapist's calendar: booking settings, weekly working hours and the
// session types clients can book. Drawn from the therapist's own PRNG after
// every profile and license fact, so adding calendars changed none of those.
// Rows match booking_settings, weekly_rules and session_types (migration
// Migration20261125020000Availability) and their checks.
import type { WeeklyRule } from '@rapport/domain';
import type { DemoFormat } from './demo-therapist-generator';
import { instantOn } from './demo-therapist-licenses';
import { chance, pick, pickWeighted, randomInt, sampleWeighted, type Random } from './seeded-random';

export type DemoWeekday = WeeklyRule['weekday'];
export type DemoSessionKind = 'CONSULTATION' | 'INTAKE' | 'INDIVIDUAL' | 'COUPLES' | 'FAMILY';

/** A booking_settings row (the therapist is implied). */
export interface DemoBookingSettingsRecord {
  /** IANA zone of the first (primary) license's state; weekly hours are read in it. */
  timeZone: string;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minimumNoticeMinutes: number;
  horizonDays: number;
  maxSessionsPerDay: number | null;
  slotStepMinutes: number;
  updatedAt: string;
}

/** A weekly_rules row: one working window, local minutes since midnight, [start, end). */
export interface DemoWeeklyRuleRecord {
  weekday: DemoWeekday;
  startMinute: number;
  endMinute: number;
}

/** A session_types row (never archived). */
export interface DemoSessionTypeRecord {
  name: string;
  kind: DemoSessionKind;
  durationMinutes: number;
  priceMinor: number;
  formats: DemoFormat[];
  createdAt: string;
}

export interface DemoCalendar {
  bookingSettings: DemoBookingSettingsRecord;
  /** Sorted by weekday, then start; windows on one weekday never overlap. */
  weeklyRules: DemoWeeklyRuleRecord[];
  /** In the order the therapist created them; the INDIVIDUAL session is always first. */
  sessionTypes: DemoSessionTypeRecord[];
}

export interface CalendarFacts {
  timeZone: string;
  formats: readonly DemoFormat[];
  feeMinor: number;
  specialtyConcerns: readonly string[];
  /** When the therapist signed up (ISO instant); the calendar is set up shortly after. */
  createdAt: string;
  /** 'YYYY-MM-DD': everything is dated before its midnight (UTC). */
  today: string;
  /** The demo login: offers the consultation and the intake whatever the draw, so every kind but joint sessions shows. */
  showcase?: boolean;
}

/** Specialties (taxonomy concern codes) that make a therapist offer couples or family sessions. */
export const COUPLES_CONCERNS: readonly string[] = ['RELATIONSHIPS', 'INFIDELITY', 'DIVORCE'];
export const FAMILY_CONCERNS: readonly string[] = ['FAMILY_CONFLICT', 'PARENTING', 'CHILD_BEHAVIOUR'];

export const INDIVIDUAL_SESSION_MINUTES = 50;
export const CONSULTATION_MINUTES = 15;
export const INTAKE_MINUTES = 60;
export const JOINT_SESSION_MINUTES = 75;

const HOUR = 60;
const MINUTES_PER_DAY = 24 * HOUR;
/** Shortest window worth offering: room for a session and its buffer. */
const MIN_WINDOW = 90;
const WORKDAYS: readonly DemoWeekday[] = [1, 2, 3, 4, 5];

export function buildDemoCalendar(random: Random, facts: CalendarFacts): DemoCalendar {
  const settings = chooseBookingSettings(random, facts.timeZone);
  const weeklyRules = chooseWeeklyRules(random);
  const drafts = chooseSessionTypes(random, facts);
  // Set up within three days of signing up (and before today): the session types a minute apart, then the settings.
  const signedUpAt = Date.parse(facts.createdAt);
  const minutesLeft = Math.floor((Date.parse(instantOn(facts.today, 0, 0)) - signedUpAt) / 60_000) - drafts.length - 1;
  const setUpAt = signedUpAt + randomInt(random, Math.min(10, minutesLeft), Math.min(3 * MINUTES_PER_DAY, minutesLeft)) * 60_000;
  const minuteAfterSetUp = (minutes: number) => new Date(setUpAt + minutes * 60_000).toISOString();
  return {
    bookingSettings: { ...settings, updatedAt: minuteAfterSetUp(drafts.length) },
    weeklyRules,
    sessionTypes: drafts.map((draft, index) => ({ ...draft, createdAt: minuteAfterSetUp(index) })),
  };
}

function chooseBookingSettings(random: Random, timeZone: string): Omit<DemoBookingSettingsRecord, 'updatedAt'> {
  return {
    timeZone,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: chance(random, 0.2) ? 15 : 10,
    minimumNoticeMinutes: pickWeighted(random, [[720, 20], [1440, 45], [2160, 10], [2880, 25]]),
    horizonDays: pickWeighted(random, [[30, 20], [45, 10], [60, 40], [90, 30]]),
    maxSessionsPerDay: chance(random, 0.55) ? null : randomInt(random, 5, 8),
    slotStepMinutes: chance(random, 0.6) ? 30 : 60,
  };
}

type Window = [number, number];
type DayStyle = 'split' | 'continuous' | 'late' | 'part-time';

const at = (hours: number, minutes = 0) => hours * HOUR + minutes;

/**
 * A realistic week: 4–5 weekdays for most (3 for some part-timers), one or
 * two windows a day in one of a few day shapes, a short last day for some,
 * evening hours (until 20:00–21:00) on a couple of days for ~30%, Saturday
 * mornings for ~12%.
 */
function chooseWeeklyRules(random: Random): DemoWeeklyRuleRecord[] {
  const style = pickWeighted<DayStyle>(random, [['split', 45], ['continuous', 22], ['late', 13], ['part-time', 20]]);
  const dayCount =
    style === 'part-time'
      ? pickWeighted(random, [[3, 40], [4, 40], [5, 20]])
      : pickWeighted(random, [[5, 55], [4, 37], [3, 8]]);
  const days = chooseWorkdays(random, dayCount);
  const day = baseDay(random, style);
  const week = new Map<DemoWeekday, Window[]>(days.map((weekday) => [weekday, day.map(([start, end]): Window => [start, end])]));

  // A shorter last day (often Friday), finishing at 14:00 or 15:00.
  if (style !== 'part-time' && style !== 'late' && chance(random, 0.25)) {
    const last = days[days.length - 1];
    const shortened = clipEnd(week.get(last)!, at(pick(random, [14, 15])));
    if (shortened.length > 0) week.set(last, shortened);
  }

  // Evening hours on a couple of days; on those days some start after lunch instead.
  if (style !== 'late' && chance(random, 0.3)) {
    const eveningDays = sampleWeighted(random, days.map((weekday) => [weekday, weekday === 5 ? 1 : 3] as const), pickWeighted(random, [[1, 35], [2, 50], [3, 15]]));
    const start = pickWeighted(random, [[at(17), 70], [at(17, 30), 15], [at(18), 15]]);
    const end = pickWeighted(random, [[at(20), 65], [at(20, 30), 15], [at(21), 20]]);
    const startsLate = chance(random, 0.5);
    for (const weekday of eveningDays) {
      let windows = clipEnd(week.get(weekday)!, start);
      // Starting late: no morning window, or the single window begins as much later as the evening runs and lasts until it.
      if (startsLate && windows.length > 1) windows = windows.slice(1);
      else if (startsLate) windows = windows.map(([from]): Window => [from + (end - start), start]).filter(([from, to]) => to - from >= MIN_WINDOW);
      week.set(weekday, [...windows, [start, end]]);
    }
  }

  // A few Saturday mornings.
  if (chance(random, 0.12)) {
    const start = pickWeighted(random, [[at(8), 20], [at(9), 50], [at(10), 30]]);
    week.set(6, [[start, start + at(pick(random, [3, 4]))]]);
  }

  return [...week.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([weekday, windows]) => windows.map(([startMinute, endMinute]) => ({ weekday, startMinute, endMinute })));
}

/** `count` of Monday–Friday, in order; Friday is the day most often off, then Monday. */
function chooseWorkdays(random: Random, count: number): DemoWeekday[] {
  if (count >= 5) return [...WORKDAYS];
  const offWeights: Record<number, number> = { 1: 25, 2: 8, 3: 20, 4: 7, 5: 40 };
  const off = sampleWeighted(random, WORKDAYS.map((weekday) => [weekday, offWeights[weekday]] as const), 5 - count);
  return WORKDAYS.filter((weekday) => !off.includes(weekday));
}

/** The windows of an ordinary working day in this style, sorted, non-overlapping. */
function baseDay(random: Random, style: DayStyle): Window[] {
  switch (style) {
    case 'split': {
      // 09:00–12:00 and 13:00–17:00, give or take.
      const start = pickWeighted(random, [[at(8), 15], [at(8, 30), 10], [at(9), 50], [at(10), 25]]);
      const lunch = pickWeighted(random, [[at(12), 60], [at(12, 30), 30], [at(13), 10]]);
      const lunchLength = pick(random, [30, 60, 60, 60]);
      const end = pickWeighted(random, [[at(16), 20], [at(17), 55], [at(18), 25]]);
      return [[start, lunch], [lunch + lunchLength, end]];
    }
    case 'continuous': {
      const start = pickWeighted(random, [[at(9), 35], [at(9, 30), 15], [at(10), 35], [at(11), 15]]);
      return [[start, start + at(pick(random, [6, 7, 8]))]];
    }
    case 'late': {
      const [start, end] = pick(random, [[at(11), at(19)], [at(12), at(20)], [at(13), at(20)], [at(13), at(21)]]);
      return [[start, end]];
    }
    case 'part-time':
      return pickWeighted<Window[]>(random, [
        [[[at(9), at(13)]], 30],
        [[[at(8), at(12)]], 10],
        [[[at(9), at(12)], [at(13), at(15)]], 20],
        [[[at(13), at(18)]], 25],
        [[[at(14), at(19)]], 15],
      ]);
  }
}

/** The windows cut to end by `limit`; those left shorter than a session's room are dropped. */
function clipEnd(windows: readonly Window[], limit: number): Window[] {
  return windows
    .map(([start, end]): Window => [start, Math.min(end, limit)])
    .filter(([start, end]) => end - start >= MIN_WINDOW);
}

type SessionTypeDraft = Omit<DemoSessionTypeRecord, 'createdAt'>;

/**
 * Every therapist: a 50-minute individual session at the profile fee in the
 * profile's formats. ~60%: a free 15-minute consultation by video or phone.
 * ~50%: a 60-minute intake at the fee plus $20–40. Couples and family
 * specialists: a 75-minute couples and/or family session at the fee plus $30–80.
 */
function chooseSessionTypes(random: Random, facts: CalendarFacts): SessionTypeDraft[] {
  const formats = [...facts.formats];
  const types: SessionTypeDraft[] = [
    {
      name: pickWeighted(random, [['Individual therapy', 60], ['Individual session', 25], ['Therapy session (50 min)', 15]]),
      kind: 'INDIVIDUAL',
      durationMinutes: INDIVIDUAL_SESSION_MINUTES,
      priceMinor: facts.feeMinor,
      formats,
    },
  ];
  if (chance(random, 0.6) || facts.showcase) {
    // Remote only; a practice that meets only in person still takes a call first.
    const remote = formats.filter((format) => format === 'VIDEO' || format === 'PHONE');
    types.push({
      name: pick(random, ['Free 15-minute consultation', 'Free consultation', 'Free introductory call']),
      kind: 'CONSULTATION',
      durationMinutes: CONSULTATION_MINUTES,
      priceMinor: 0,
      formats: remote.length > 0 ? remote : ['PHONE'],
    });
  }
  if (chance(random, 0.5) || facts.showcase) {
    types.push({
      name: pick(random, ['Initial assessment', 'Intake session', 'First session (intake)']),
      kind: 'INTAKE',
      durationMinutes: INTAKE_MINUTES,
      priceMinor: facts.feeMinor + 500 * randomInt(random, 4, 8),
      formats,
    });
  }
  const joint: [DemoSessionKind, readonly string[], string][] = [
    ['COUPLES', COUPLES_CONCERNS, 'Couples therapy'],
    ['FAMILY', FAMILY_CONCERNS, 'Family therapy'],
  ];
  for (const [kind, concerns, name] of joint) {
    if (!facts.specialtyConcerns.some((concern) => concerns.includes(concern))) continue;
    types.push({
      name,
      kind,
      durationMinutes: JOINT_SESSION_MINUTES,
      priceMinor: facts.feeMinor + 500 * randomInt(random, 6, 16),
      formats,
    });
  }
  return types;
}
