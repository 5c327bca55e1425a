import { Button, Group, Stack, Title } from '@mantine/core';
import { useId } from 'react';
import { formatShortDay, formatSlotInFull, formatWallClockTime } from '../format/dates';
import type { Slot } from './slot-week';

interface SlotDayGroupProps {
  date: string;
  slots: readonly Slot[];
  selectedStartsAt: string | null;
  onSelect(slot: Slot): void;
}

/** One day's open start times, as buttons showing the viewer's local time. */
export function SlotDayGroup({ date, slots, selectedStartsAt, onSelect }: SlotDayGroupProps) {
  const headingId = useId();
  return (
    <Stack gap={6} role="group" aria-labelledby={headingId}>
      <Title order={3} size="h6" id={headingId}>
        {formatShortDay(date)}
      </Title>
      <Group gap="xs">
        {slots.map((slot) => {
          const selected = slot.startsAt === selectedStartsAt;
          return (
            <Button
              key={slot.startsAt}
              size="sm"
              miw={76}
              variant={selected ? 'filled' : 'default'}
              aria-pressed={selected}
              aria-label={formatSlotInFull(date, slot.localTime)}
              onClick={() => onSelect(slot)}
            >
              {formatWallClockTime(slot.localTime)}
            </Button>
          );
        })}
      </Group>
    </Stack>
  );
}
