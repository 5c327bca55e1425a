/** Wall-clock times of day: 'HH:mm' strings, or minutes since local midnight. */

export const MINUTES_PER_DAY = 1440;

const LOCAL_TIME = /^([01]\d|2[0-4]):([0-5]\d)$/;

export interface LocalTimeOptions {
  /** Accept '24:00' (the end of the day). Only the end of a range may be '24:00'. */
  allowEndOfDay?: boolean;
}

function minutesOrNaN(text: string, options: LocalTimeOptions): number {
  const match = typeof text === 'string' ? LOCAL_TIME.exec(text) : null;
  if (!match) return Number.NaN;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (minutes > MINUTES_PER_DAY) return Number.NaN;
  if (minutes === MINUTES_PER_DAY && !options.allowEndOfDay) return Number.NaN;
  return minutes;
}

export function isValidLocalTime(text: string, options: LocalTimeOptions = {}): boolean {
  return !Number.isNaN(minutesOrNaN(text, options));
}

/** 'HH:mm' → minutes since midnight. Throws a RangeError outside 00:00–23:59 (or 24:00 with allowEndOfDay). */
export function parseLocalTime(text: string, options: LocalTimeOptions = {}): number {
  const minutes = minutesOrNaN(text, options);
  if (Number.isNaN(minutes)) {
    const range = options.allowEndOfDay ? '00:00 to 24:00' : '00:00 to 23:59';
    throw new RangeError(`Expected a local time "HH:mm" from ${range}, got ${JSON.stringify(text)}`);
  }
  return minutes;
}

/** Minutes since midnight (0–1440) → 'HH:mm'; 1440 is '24:00'. */
export function formatLocalTime(minutesOfDay: number): string {
  if (!Number.isInteger(minutesOfDay) || minutesOfDay < 0 || minutesOfDay > MINUTES_PER_DAY) {
    throw new RangeError(`Expected whole minutes from 0 to ${MINUTES_PER_DAY}, got ${minutesOfDay}`);
  }
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(Math.floor(minutesOfDay / 60))}:${pad(minutesOfDay % 60)}`;
}
