import { MS_PER_MINUTE } from '../time';
import type { ZonedWindow } from './working-windows';

/** [start, end) in epoch ms. */
export interface CandidateSlot {
  start: number;
  end: number;
}

/**
 * Step 2: starts at window start + k·step in wall-clock minutes. Skipped wall times
 * (clocks forward) give no start; a repeated one gives its earlier instant only, so
 * the repeated hour is not offered twice. The session must end by the window's end,
 * and start inside [earliestStart, startsBefore).
 */
export function candidateSlots(
  windows: readonly ZonedWindow[],
  options: { stepMinutes: number; durationMinutes: number; earliestStart: number; startsBefore: number },
): CandidateSlot[] {
  const durationMs = options.durationMinutes * MS_PER_MINUTE;
  const candidates: CandidateSlot[] = [];
  for (const window of windows) {
    for (let wall = window.startMinutes; wall < window.endMinutes; wall += options.stepMinutes) {
      const { instant, exists } = window.day.toInstant(wall);
      if (!exists) continue;
      const start = instant.getTime();
      const end = start + durationMs;
      // Existing wall times map to increasing instants, so no later start fits either.
      if (end > window.endMs || start >= options.startsBefore) break;
      if (start >= options.earliestStart) candidates.push({ start, end });
    }
  }
  return candidates;
}
