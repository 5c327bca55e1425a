import { isValidInstant, isValidTimeZone, localDateOf, MS_PER_MINUTE } from '../time';
import type { ComputeOpenSlotsInput, Slot } from './availability.types';
import { buildBusyTimeline, datesAtDailyCap, overlapsBusy } from './busy-time';
import { candidateSlots } from './candidate-slots';
import { clampRange } from './clamp-range';
import { validateSlotSettings } from './validate-availability';
import { buildWorkingCalendar, expandWindows } from './working-windows';

function assertComputable(input: ComputeOpenSlotsInput): void {
  for (const key of ['now', 'from', 'to'] as const) {
    if (!isValidInstant(input[key])) throw new RangeError(`${key} must be a valid Date, got ${String(input[key])}`);
  }
  if (!isValidTimeZone(input.timeZone)) throw new RangeError(`timeZone must be an IANA zone, got ${JSON.stringify(input.timeZone)}`);
  if (!Number.isInteger(input.durationMinutes) || input.durationMinutes < 1) {
    throw new RangeError(`durationMinutes must be a whole number, 1 or more, got ${input.durationMinutes}`);
  }
  const problems = validateSlotSettings(input.settings);
  if (problems.length > 0) throw new RangeError(problems.map((problem) => `${problem.path} ${problem.message}`).join('; '));
}

/**
 * The open slots of one therapist for one session length, DST-correct in the
 * therapist's zone. Pure: the clock comes in as `now`. Steps, cal.com style:
 * expand windows → candidate starts → subtract busy time → notice, horizon and
 * daily cap → sorted. Throws a RangeError for input it cannot read.
 */
export function computeOpenSlots(input: ComputeOpenSlotsInput): Slot[] {
  assertComputable(input);
  const { settings, timeZone } = input;

  // Notice, horizon and the requested range bound the start instants.
  const earliest = new Date(Math.max(input.from.getTime(), input.now.getTime() + settings.minimumNoticeMinutes * MS_PER_MINUTE));
  const bounds = clampRange({ from: earliest, to: input.to }, input.now, settings.horizonDays);
  if (bounds.from >= bounds.to) return [];

  const fullDates = datesAtDailyCap({
    busy: input.busy,
    timeZone,
    bufferBeforeMinutes: settings.bufferBeforeMinutes,
    maxSessionsPerDay: settings.maxSessionsPerDay,
  });
  // An existing wall time on date D is an instant whose local date is D, so these dates cover the bounds.
  const windows = expandWindows({
    calendar: buildWorkingCalendar(input.rules, input.overrides),
    timeZone,
    firstDate: localDateOf(bounds.from, timeZone),
    lastDate: localDateOf(bounds.to, timeZone),
    skipDates: fullDates,
  });
  const candidates = candidateSlots(windows, {
    stepMinutes: settings.slotStepMinutes,
    durationMinutes: input.durationMinutes,
    earliestStart: bounds.from.getTime(),
    startsBefore: bounds.to.getTime(),
  });

  const busy = buildBusyTimeline(input.busy);
  const [before, after] = [settings.bufferBeforeMinutes * MS_PER_MINUTE, settings.bufferAfterMinutes * MS_PER_MINUTE];
  const open = candidates.filter((slot) => !overlapsBusy(busy, slot.start - before, slot.end + after));

  // Overlapping windows (unvalidated input) can offer the same start twice.
  open.sort((a, b) => a.start - b.start || a.end - b.end);
  const slots: Slot[] = [];
  for (const slot of open) {
    const last = slots[slots.length - 1];
    if (last?.start.getTime() !== slot.start) slots.push({ start: new Date(slot.start), end: new Date(slot.end) });
  }
  return slots;
}
