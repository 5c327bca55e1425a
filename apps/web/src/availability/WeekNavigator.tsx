import { Button, Group, Text } from '@mantine/core';
import { addDays, formatShortDay } from './calendar-dates';

interface WeekNavigatorProps {
  weekStart: string;
  canGoBack: boolean;
  canGoForward: boolean;
  onChange(step: -1 | 1): void;
}

/** "Mon 23 Nov – Sun 29 Nov" between previous and next week buttons. */
export function WeekNavigator({ weekStart, canGoBack, canGoForward, onChange }: WeekNavigatorProps) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap">
      <Button variant="default" size="sm" onClick={() => onChange(-1)} disabled={!canGoBack}>
        Previous week
      </Button>
      <Text fw={600} ta="center" aria-live="polite">
        {formatShortDay(weekStart)} – {formatShortDay(addDays(weekStart, 6))}
      </Text>
      <Button variant="default" size="sm" onClick={() => onChange(1)} disabled={!canGoForward}>
        Next week
      </Button>
    </Group>
  );
}
