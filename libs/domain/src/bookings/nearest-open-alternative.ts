import type { Slot } from '../availability';
import { daysBetween, isValidInstant, localDateOf, MS_PER_DAY } from '../time';

/** How many of the therapist's local days either side of the wanted time an alternative may be. */
export const DEFAULT_ALTERNATIVE_DAYS = 3;

export interface AlternativeOptions {
  /** The therapist's IANA zone: "the same day" and "days away" are its local dates. */
  timeZone: string;
  maxDaysAway?: number;
}

interface Candidate {
  slot: Slot;
  sameDay: boolean;
  distanceMs: number;
}

/** Same local day first (a client has arranged that day), then closest in time, then the earlier. */
function isBetter(a: Candidate, b: Candidate): boolean {
  if (a.sameDay !== b.sameDay) return a.sameDay;
  if (a.distanceMs !== b.distanceMs) return a.distanceMs < b.distanceMs;
  return a.slot.start.getTime() < b.slot.start.getTime();
}

/**
 * The open slot to offer instead of `wanted`: on the same local date if any
 * (closest in time), else the closest within ±maxDaysAway local dates; ties go
 * to the earlier slot. Null when nothing is open that near. `openSlots` need not be sorted.
 */
export function nearestOpenAlternative(wanted: Date, openSlots: readonly Slot[], options: AlternativeOptions): Slot | null {
  const maxDaysAway = options.maxDaysAway ?? DEFAULT_ALTERNATIVE_DAYS;
  if (!isValidInstant(wanted)) throw new RangeError(`wanted must be a valid Date, got ${String(wanted)}`);
  if (!Number.isInteger(maxDaysAway) || maxDaysAway < 0) throw new RangeError(`maxDaysAway must be a whole number, 0 or more, got ${maxDaysAway}`);
  const wantedDate = localDateOf(wanted, options.timeZone);
  // A slot within N local days is within N + 1 days of elapsed time, plus at most a day of offset change.
  const reachMs = (maxDaysAway + 2) * MS_PER_DAY;

  let best: Candidate | null = null;
  for (const slot of openSlots) {
    const distanceMs = Math.abs(slot.start.getTime() - wanted.getTime());
    if (distanceMs > reachMs) continue;
    const daysAway = daysBetween(wantedDate, localDateOf(slot.start, options.timeZone));
    if (Math.abs(daysAway) > maxDaysAway) continue;
    const candidate = { slot, sameDay: daysAway === 0, distanceMs };
    if (best === null || isBetter(candidate, best)) best = candidate;
  }
  return best?.slot ?? null;
}
