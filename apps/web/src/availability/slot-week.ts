import type { AvailableSlotsQuery } from '../gql/graphql';
import { addDays, instantInZone } from './calendar-dates';

export type Slot = AvailableSlotsQuery['availableSlots']['slots'][number];

/** The instants bounding a Monday-to-Sunday week as clocks in `timeZone` show it. */
export function weekBounds(weekStart: string, timeZone: string): { from: string; to: string } {
  return { from: instantInZone(weekStart, timeZone).toISOString(), to: instantInZone(addDays(weekStart, 7), timeZone).toISOString() };
}

/** Slots by the viewer's local date, days in order, times in order. */
export function groupSlotsByDay(slots: readonly Slot[]): { date: string; slots: Slot[] }[] {
  const days = new Map<string, Slot[]>();
  for (const slot of [...slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = days.get(slot.localDate) ?? [];
    day.push(slot);
    days.set(slot.localDate, day);
  }
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, daySlots]) => ({ date, slots: daySlots }));
}
