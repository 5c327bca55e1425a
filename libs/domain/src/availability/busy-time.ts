import { isValidInstant, localDateOf, MS_PER_MINUTE } from '../time';
import type { BusyInterval } from './availability.types';

/** Disjoint, sorted [start, end) ranges in epoch ms. */
export interface BusyTimeline {
  starts: number[];
  ends: number[];
}

function assertValidBusy(interval: BusyInterval, index: number): void {
  if (!isValidInstant(interval?.start) || !isValidInstant(interval?.end)) {
    throw new RangeError(`busy[${index}] needs valid Dates for start and end`);
  }
}

/** Sorts busy time once and merges overlapping or touching ranges; empty ranges block nothing. */
export function buildBusyTimeline(busy: BusyInterval[]): BusyTimeline {
  busy.forEach(assertValidBusy);
  const ranges = busy
    .map((interval) => [interval.start.getTime(), interval.end.getTime()] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const timeline: BusyTimeline = { starts: [], ends: [] };
  for (const [start, end] of ranges) {
    const last = timeline.ends.length - 1;
    if (last >= 0 && start <= timeline.ends[last]) timeline.ends[last] = Math.max(timeline.ends[last], end);
    else {
      timeline.starts.push(start);
      timeline.ends.push(end);
    }
  }
  return timeline;
}

/** Whether [start, end) overlaps busy time: a binary search for the first busy range ending after `start`. */
export function overlapsBusy(timeline: BusyTimeline, start: number, end: number): boolean {
  let [low, high] = [0, timeline.ends.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (timeline.ends[middle] > start) high = middle;
    else low = middle + 1;
  }
  return low < timeline.starts.length && timeline.starts[low] < end;
}

/**
 * Local dates whose capped bookings already reach maxSessionsPerDay. A booking's
 * blocked range opens `bufferBeforeMinutes` ahead of its session, and the session's
 * start decides the day it counts toward.
 */
export function datesAtDailyCap(input: {
  busy: BusyInterval[];
  timeZone: string;
  bufferBeforeMinutes: number;
  maxSessionsPerDay: number | null;
}): Set<string> {
  const full = new Set<string>();
  if (input.maxSessionsPerDay === null) return full;
  const sessionsByDate = new Map<string, number>();
  input.busy.forEach((interval, index) => {
    assertValidBusy(interval, index);
    if (!interval.countsTowardDailyCap) return;
    const sessionStart = new Date(interval.start.getTime() + input.bufferBeforeMinutes * MS_PER_MINUTE);
    const date = localDateOf(sessionStart, input.timeZone);
    const sessions = (sessionsByDate.get(date) ?? 0) + 1;
    sessionsByDate.set(date, sessions);
    if (sessions >= (input.maxSessionsPerDay as number)) full.add(date);
  });
  return full;
}
