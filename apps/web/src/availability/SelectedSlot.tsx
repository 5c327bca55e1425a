import { Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatSlot, formatTimeOfDay } from '../format/dates';
import type { Slot } from './slot-week';

interface SelectedSlotProps {
  slot: Slot | null;
  sessionName: string;
  durationMinutes: number;
  viewerTimeZone: string;
  therapistTimeZone: string | null;
  /** What to do with the time (e.g. review and book); without it, the page only shows times. */
  children?: ReactNode;
}

/** What the visitor picked, in their time (and the therapist's, when it differs). Announced as it changes. */
export function SelectedSlot({ slot, sessionName, durationMinutes, viewerTimeZone, therapistTimeZone, children }: SelectedSlotProps) {
  return (
    <>
      <div role="status">
        {slot && (
          <Paper withBorder p="sm" bg="var(--mantine-color-rapportTeal-0)">
            <Text fw={600}>
              Selected: {formatSlot(slot.localDate, slot.localTime)} (your time)
            </Text>
            <Text size="sm">
              {sessionName}, {durationMinutes} minutes, until {formatTimeOfDay(slot.endsAt, viewerTimeZone)}.
              {therapistTimeZone && therapistTimeZone !== viewerTimeZone
                ? ` That is ${formatTimeOfDay(slot.startsAt, therapistTimeZone)} for the therapist (${therapistTimeZone}).`
                : ''}
            </Text>
          </Paper>
        )}
      </div>
      {slot && children}
    </>
  );
}
