import { Button, Group, Stack, Text } from '@mantine/core';
import { formatShortDay } from '../format/dates';
import { addDays } from './calendar-dates';

interface WeekNavigatorProps {
  weekStart: string;
  canGoBack: boolean;
  canGoForward: boolean;
  onChange(step: -1 | 1): void;
}

/** "Mon 23 Nov – Sun 29 Nov", with previous and next week buttons under it (room for both on a phone). */
export function WeekNavigator({ weekStart, canGoBack, canGoForward, onChange }: WeekNavigatorProps) {
  return (
    <Stack gap="xs">
      <Text fw={600} ta="center" aria-live="polite">
        {formatShortDay(weekStart)} – {formatShortDay(addDays(weekStart, 6))}
      </Text>
      <Group justify="space-between" gap="xs">
        <Button variant="default" size="sm" onClick={() => onChange(-1)} disabled={!canGoBack}>
          Previous week
        </Button>
        <Button variant="default" size="sm" onClick={() => onChange(1)} disabled={!canGoForward}>
          Next week
        </Button>
      </Group>
    </Stack>
  );
}
