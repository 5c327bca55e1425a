import { formatLocalDateTime, isValidLocalDate, isValidLocalTime, parseLocalTime } from '@rapport/domain/time';

const SLOT_FORMAT = { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' } as const;

/**
 * A slot's wall-clock start, already in the viewer's zone ('2026-03-04', '09:00'),
 * as "Wed, Mar 4, 9:00 AM", written as it is (no zone shifts it a second time).
 */
export function slotLabel(localDate: string, localTime: string): string {
  if (!isValidLocalDate(localDate) || !isValidLocalTime(localTime)) return `${localDate} ${localTime}`;
  return formatLocalDateTime(localDate, parseLocalTime(localTime), SLOT_FORMAT);
}
