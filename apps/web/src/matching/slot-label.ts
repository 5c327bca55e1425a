import { formatSlot } from '../format/dates';

/**
 * A slot's wall-clock start, already in the viewer's zone ('2026-03-04', '09:00'),
 * as "Wed, Mar 4, 9:00 AM", written as it is (no zone shifts it a second time).
 */
export function slotLabel(localDate: string, localTime: string): string {
  return formatSlot(localDate, localTime);
}
