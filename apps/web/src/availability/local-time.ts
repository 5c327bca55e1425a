// Wall-clock times 'HH:mm' as the availability API speaks them. Time inputs cannot
// show 24:00, so in forms an end time of 00:00 means midnight at the end of the day.

const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
export const MINUTES_PER_DAY = 24 * 60;

/** '09:30' → 570; null for anything that is not a time. */
export function minutesOf(time: string): number | null {
  const match = LOCAL_TIME.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
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

/** 570 → '09:30'; 1440 → '24:00'. */
export function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** '09:00', '00:00' → '09:00–24:00', with form end times read as the API does. */
export function formatRange(startLocal: string, endLocal: string): string {
  return `${startLocal}–${toApiEnd(endLocal)}`;
}
