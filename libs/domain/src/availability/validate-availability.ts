import { isValidLocalDate, isValidLocalTime, parseLocalTime } from '../time';
import { isWithin, MAX_WINDOWS_PER_DAY, SLOT_SETTINGS_BOUNDS, WholeNumberBounds } from './availability-bounds';
import type { AvailabilityProblem, DateOverride, SlotSettings, TimeWindow, WeeklyRule } from './availability.types';

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

interface CheckedWindow {
  path: string;
  start: number;
  end: number;
  label: string;
}

/** Problems with one window's own times; the window when they are fine. */
function checkWindow(window: TimeWindow, path: string, problems: AvailabilityProblem[]): CheckedWindow | undefined {
  const startValid = isValidLocalTime(window?.startLocal);
  const endValid = isValidLocalTime(window?.endLocal, { allowEndOfDay: true });
  if (!startValid) problems.push({ path: `${path}.startLocal`, message: 'must be a time "HH:mm" from 00:00 to 23:59' });
  if (!endValid) problems.push({ path: `${path}.endLocal`, message: 'must be a time "HH:mm" from 00:01 to 24:00' });
  if (!startValid || !endValid) return undefined;
  const start = parseLocalTime(window.startLocal);
  const end = parseLocalTime(window.endLocal, { allowEndOfDay: true });
  if (end <= start) {
    problems.push({ path: `${path}.endLocal`, message: `must be after startLocal (${window.startLocal})` });
    return undefined;
  }
  return { path, start, end, label: `${window.startLocal}–${window.endLocal}` };
}

/** Windows on the same day may touch (09:00–12:00, 12:00–15:00) but not overlap. */
function reportOverlaps(windows: CheckedWindow[], problems: AvailabilityProblem[], suffix = ''): void {
  const byStart = [...windows].sort((a, b) => a.start - b.start || a.end - b.end);
  let latestEnding: CheckedWindow | undefined;
  for (const window of byStart) {
    if (latestEnding && window.start < latestEnding.end) {
      problems.push({ path: window.path, message: `overlaps ${latestEnding.path} (${latestEnding.label})${suffix}` });
    }
    if (!latestEnding || window.end > latestEnding.end) latestEnding = window;
  }
}

/** Bad times, start ≥ end, overlapping windows, and too many. `path` names the list, e.g. 'overrides[0].windows'. */
export function validateWindows(windows: TimeWindow[], path = 'windows'): AvailabilityProblem[] {
  if (!Array.isArray(windows)) return [{ path, message: 'must be a list of windows' }];
  if (windows.length > MAX_WINDOWS_PER_DAY) return [{ path, message: `must have at most ${MAX_WINDOWS_PER_DAY} windows a day` }];
  const problems: AvailabilityProblem[] = [];
  const checked = windows.flatMap((window, index) => checkWindow(window, `${path}[${index}]`, problems) ?? []);
  reportOverlaps(checked, problems);
  return problems;
}

/** As validateWindows, plus the weekday; overlaps are checked per weekday. */
export function validateWeeklyRules(rules: WeeklyRule[], path = 'rules'): AvailabilityProblem[] {
  if (!Array.isArray(rules)) return [{ path, message: 'must be a list of weekly rules' }];
  const problems: AvailabilityProblem[] = [];
  const byWeekday = new Map<number, CheckedWindow[]>();
  rules.forEach((rule, index) => {
    const rulePath = `${path}[${index}]`;
    const weekdayValid = Number.isInteger(rule?.weekday) && rule.weekday >= 1 && rule.weekday <= 7;
    if (!weekdayValid) problems.push({ path: `${rulePath}.weekday`, message: 'must be an ISO weekday from 1 (Monday) to 7 (Sunday)' });
    const window = checkWindow(rule, rulePath, problems);
    if (weekdayValid && window) byWeekday.set(rule.weekday, [...(byWeekday.get(rule.weekday) ?? []), window]);
  });
  for (const [weekday, windows] of byWeekday) {
    if (windows.length > MAX_WINDOWS_PER_DAY) {
      problems.push({ path, message: `must have at most ${MAX_WINDOWS_PER_DAY} windows on ${WEEKDAY_NAMES[weekday - 1]}` });
    }
    reportOverlaps(windows, problems, ` on ${WEEKDAY_NAMES[weekday - 1]}`);
  }
  return problems;
}

/** Each override needs a real date, at most one override per date, and valid windows. */
export function validateDateOverrides(overrides: DateOverride[], path = 'overrides'): AvailabilityProblem[] {
  if (!Array.isArray(overrides)) return [{ path, message: 'must be a list of date overrides' }];
  const problems: AvailabilityProblem[] = [];
  const firstIndexOfDate = new Map<string, number>();
  overrides.forEach((override, index) => {
    const overridePath = `${path}[${index}]`;
    if (!isValidLocalDate(override?.date)) {
      problems.push({ path: `${overridePath}.date`, message: 'must be a date "YYYY-MM-DD"' });
    } else if (firstIndexOfDate.has(override.date)) {
      problems.push({ path: `${overridePath}.date`, message: `repeats ${path}[${firstIndexOfDate.get(override.date)}] (${override.date})` });
    } else {
      firstIndexOfDate.set(override.date, index);
    }
    problems.push(...validateWindows(override?.windows, `${overridePath}.windows`));
  });
  return problems;
}

/** Whole minutes and days within SLOT_SETTINGS_BOUNDS. `path` prefixes each problem ('' for bare field names). */
export function validateSlotSettings(settings: SlotSettings, path = 'settings'): AvailabilityProblem[] {
  if (typeof settings !== 'object' || settings === null) return [{ path, message: 'must be an object' }];
  const problems: AvailabilityProblem[] = [];
  const at = (key: string) => (path ? `${path}.${key}` : key);
  const range = ({ min, max }: WholeNumberBounds) => `from ${min} to ${max}`;
  for (const key of Object.keys(SLOT_SETTINGS_BOUNDS) as (keyof SlotSettings)[]) {
    const value = settings[key];
    const bounds = SLOT_SETTINGS_BOUNDS[key];
    if (key === 'maxSessionsPerDay') {
      if (value !== null && !isWithin(value, bounds)) problems.push({ path: at(key), message: `must be null (no cap) or a whole number ${range(bounds)}` });
    } else if (!isWithin(value, bounds)) {
      problems.push({ path: at(key), message: `must be a whole number ${range(bounds)}` });
    }
  }
  return problems;
}
