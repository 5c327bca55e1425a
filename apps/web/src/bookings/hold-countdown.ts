/** Whole seconds left until `expiresAt` at `nowMs`, never negative. */
export function secondsLeft(expiresAt: string, nowMs: number): number {
  return Math.max(0, Math.ceil((Date.parse(expiresAt) - nowMs) / 1000));
}

/** 283 → "4:43". */
export function clockText(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * What a screen reader hears: once per whole minute, then at 30 and 10 seconds, so
 * the countdown is announced a handful of times instead of every second.
 */
export function spokenCountdown(seconds: number): string {
  if (seconds === 0) return 'Your hold on this time has run out.';
  if (seconds <= 10) return 'Less than 10 seconds left to confirm.';
  if (seconds <= 30) return 'Less than 30 seconds left to confirm.';
  if (seconds <= 60) return 'Less than a minute left to confirm.';
  const minutes = Math.ceil(seconds / 60);
  return `About ${minutes} minutes left to confirm.`;
}
