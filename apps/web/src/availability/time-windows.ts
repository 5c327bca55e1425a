import { endMinutesOf, formatMinutes, formatRange, fromApiEnd, minutesOf, MINUTES_PER_DAY, toApiEnd } from './local-time';

/** One window of hours as a form edits it (end '00:00' = midnight). */
export interface WindowDraft {
  /** Stable React key, also used to match server errors to the window. */
  key: string;
  startLocal: string;
  endLocal: string;
}

/** What is wrong with a window: which inputs, and one sentence for a person. */
export interface WindowProblem {
  start: boolean;
  end: boolean;
  message: string;
}

export type WindowProblems = Partial<Record<string, WindowProblem>>;

let nextKey = 0;
export function newWindowKey(): string {
  nextKey += 1;
  return `window-${nextKey}`;
}

export function draftsFrom(windows: readonly { startLocal: string; endLocal: string }[]): WindowDraft[] {
  return windows.map((window) => ({ key: newWindowKey(), startLocal: window.startLocal, endLocal: fromApiEnd(window.endLocal) }));
}

export function toWindowInput(window: WindowDraft): { startLocal: string; endLocal: string } {
  return { startLocal: window.startLocal, endLocal: toApiEnd(window.endLocal) };
}

/** A sensible next window for a day: 09:00–17:00 on an empty day, else an hour after the latest one ends (blank if the day is full). */
export function suggestWindow(existing: readonly WindowDraft[]): WindowDraft {
  const ends = existing.map((window) => endMinutesOf(window.endLocal)).filter((end): end is number => end !== null);
  if (ends.length === 0) return { key: newWindowKey(), startLocal: '09:00', endLocal: '17:00' };
  const start = Math.max(...ends) + 60;
  if (start + 60 > MINUTES_PER_DAY) return { key: newWindowKey(), startLocal: '', endLocal: '' };
  return { key: newWindowKey(), startLocal: formatMinutes(start), endLocal: fromApiEnd(formatMinutes(start + 60)) };
}

/**
 * Checks one day's windows the way the API does: both times present, end after start,
 * no two windows overlapping (touching is fine). The later of two overlapping windows
 * carries the problem, naming the one it overlaps.
 */
export function validateDayWindows(windows: readonly WindowDraft[]): WindowProblems {
  const problems: WindowProblems = {};
  const valid: { window: WindowDraft; start: number; end: number }[] = [];
  for (const window of windows) {
    const start = minutesOf(window.startLocal);
    const end = endMinutesOf(window.endLocal);
    if (start === null || end === null) {
      problems[window.key] = {
        start: start === null,
        end: end === null,
        message: start === null && end === null ? 'Enter a start and an end time.' : start === null ? 'Enter a start time.' : 'Enter an end time.',
      };
    } else if (end <= start) {
      problems[window.key] = { start: false, end: true, message: `End after the start (${window.startLocal}). An end of 12:00 AM (00:00) means midnight.` };
    } else {
      valid.push({ window, start, end });
    }
  }
  valid.sort((a, b) => a.start - b.start || a.end - b.end);
  let latest: (typeof valid)[number] | null = null;
  for (const entry of valid) {
    if (latest && entry.start < latest.end) {
      problems[entry.window.key] = {
        start: true,
        end: true,
        message: `Overlaps ${formatRange(latest.window.startLocal, latest.window.endLocal)}. Change or remove one of them.`,
      };
    }
    if (!latest || entry.end > latest.end) latest = entry;
  }
  return problems;
}

export function hasProblems(problems: WindowProblems): boolean {
  return Object.keys(problems).length > 0;
}

/** Turns a server error path such as `rules[3]` or `windows[0].endLocal` into the window and part it names. */
export function windowProblemFromServer(field: unknown, keys: readonly string[]): { key: string; problem: WindowProblem } | null {
  if (typeof field !== 'string') return null;
  const match = /(?:rules|windows)\[(\d+)\](?:\.(\w+))?$/.exec(field);
  const key = match ? keys[Number(match[1])] : undefined;
  if (!match || !key) return null;
  switch (match[2]) {
    case 'startLocal':
      return { key, problem: { start: true, end: false, message: 'Check the start time: use a time like 09:00.' } };
    case 'endLocal':
      return { key, problem: { start: false, end: true, message: 'Check the end time: it must come after the start.' } };
    default:
      return { key, problem: { start: true, end: true, message: 'These hours overlap other hours on this day. Change or remove one of them.' } };
  }
}
