// Wall-clock times 'HH:mm' as the availability API speaks them (parsed by the domain's
// date wrapper). Time inputs cannot show 24:00, so in forms an end time of 00:00 means
// midnight at the end of the day.
import { formatLocalTime, isValidLocalTime, MINUTES_PER_DAY, parseLocalTime } from '@rapport/domain/time';
import { formatWallClockRange } from '../format/dates';

export { MINUTES_PER_DAY };

/** '09:30' → 570; null for anything that is not a time. */
export function minutesOf(time: string): number | null {
  return isValidLocalTime(time) ? parseLocalTime(time) : null;
}

/** An end time as typed → minutes, 00:00 counting as the end of the day. */
export function endMinutesOf(time: string): number | null {
  const minutes = minutesOf(time);
  return minutes === 0 ? MINUTES_PER_DAY : minutes;
}

/** Form end time → API end time ('00:00' → '24:00'). */
export function toApiEnd(time: string): string {
  return time === '00:00' ? '24:00' : time;
}

/** API end time → form end time ('24:00' → '00:00'). */
export function fromApiEnd(time: string): string {
  return time === '24:00' ? '00:00' : time;
}

/** 570 → '09:30'; 1440 → '24:00' (the API's form; shown to people through format/dates). */
export function formatMinutes(minutes: number): string {
  return formatLocalTime(minutes);
}

/** '09:00', '00:00' → '9:00 AM – 12:00 AM', with form end times read as the API does. */
export function formatRange(startLocal: string, endLocal: string): string {
  return formatWallClockRange(startLocal, toApiEnd(endLocal));
}
