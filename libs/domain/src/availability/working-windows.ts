import { isValidLocalDate, isValidLocalTime, type LocalDay, localDaysBetween, parseLocalTime, weekdayOf } from '../time';
import type { DateOverride, TimeWindow, WeeklyRule } from './availability.types';

/** A window in minutes since local midnight; the end may be 1440 (24:00). */
export interface WallWindow {
  startMinutes: number;
  endMinutes: number;
}

/** A window placed on a local date in the therapist's zone. */
export interface ZonedWindow extends WallWindow {
  day: LocalDay;
  /** When the window ends, in epoch ms; an end time the clocks skip ends it as they jump. */
  endMs: number;
}

/** Weekly rules by ISO weekday and overrides by date, parsed once. */
export interface WorkingCalendar {
  byWeekday: ReadonlyArray<readonly WallWindow[]>;
  byDate: ReadonlyMap<string, readonly WallWindow[]>;
}

function parseWindow(window: TimeWindow, path: string): WallWindow {
  if (!isValidLocalTime(window.startLocal) || !isValidLocalTime(window.endLocal, { allowEndOfDay: true })) {
    throw new RangeError(`${path}: expected times "HH:mm" (end up to 24:00), got ${window.startLocal}–${window.endLocal}`);
  }
  const startMinutes = parseLocalTime(window.startLocal);
  const endMinutes = parseLocalTime(window.endLocal, { allowEndOfDay: true });
  if (endMinutes <= startMinutes) {
    throw new RangeError(`${path}: endLocal ${window.endLocal} must be after startLocal ${window.startLocal}`);
  }
  return { startMinutes, endMinutes };
}

const byStartMinutes = (a: WallWindow, b: WallWindow) => a.startMinutes - b.startMinutes || a.endMinutes - b.endMinutes;

/** Throws a RangeError for unreadable rules; overlapping windows are tolerated (validate on save). */
export function buildWorkingCalendar(rules: WeeklyRule[], overrides: DateOverride[]): WorkingCalendar {
  const byWeekday: WallWindow[][] = [[], [], [], [], [], [], [], []];
  rules.forEach((rule, index) => {
    if (!Number.isInteger(rule.weekday) || rule.weekday < 1 || rule.weekday > 7) {
      throw new RangeError(`rules[${index}]: weekday must be 1 (Monday) to 7 (Sunday), got ${rule.weekday}`);
    }
    byWeekday[rule.weekday].push(parseWindow(rule, `rules[${index}]`));
  });
  byWeekday.forEach((windows) => windows.sort(byStartMinutes));
  // A later override for the same date wins, as a later save would.
  const byDate = new Map<string, WallWindow[]>();
  overrides.forEach((override, index) => {
    if (!isValidLocalDate(override.date)) {
      throw new RangeError(`overrides[${index}]: date must be "YYYY-MM-DD", got ${JSON.stringify(override.date)}`);
    }
    const windows = override.windows.map((window, windowIndex) => parseWindow(window, `overrides[${index}].windows[${windowIndex}]`));
    byDate.set(override.date, windows.sort(byStartMinutes));
  });
  return { byWeekday, byDate };
}

export function windowsOn(calendar: WorkingCalendar, localDate: string): readonly WallWindow[] {
  return calendar.byDate.get(localDate) ?? calendar.byWeekday[weekdayOf(localDate)];
}

/** Step 1: every working window on the local dates firstDate..lastDate, except the skipped dates. */
export function expandWindows(input: {
  calendar: WorkingCalendar;
  timeZone: string;
  firstDate: string;
  lastDate: string;
  skipDates: ReadonlySet<string>;
}): ZonedWindow[] {
  const zoned: ZonedWindow[] = [];
  for (const day of localDaysBetween(input.firstDate, input.lastDate, input.timeZone)) {
    if (input.skipDates.has(day.localDate)) continue;
    for (const window of windowsOn(input.calendar, day.localDate)) {
      zoned.push({ ...window, day, endMs: day.toInstant(window.endMinutes).instant.getTime() });
    }
  }
  return zoned;
}
