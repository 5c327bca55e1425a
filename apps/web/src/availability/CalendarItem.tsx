import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { formatInstant } from '../format/dates';
import type { MyAvailabilityFieldsFragment } from '../gql/graphql';

type ExternalCalendar = MyAvailabilityFieldsFragment['calendars'][number];

interface CalendarItemProps {
  calendar: ExternalCalendar;
  busy: 'refreshing' | 'removing' | null;
  onRefresh(): void;
  onRemove(): void;
}

/** One imported file or feed: when it was last read, how many busy blocks it adds, and any error. */
export function CalendarItem({ calendar, busy, onRefresh, onRemove }: CalendarItemProps) {
  const isFeed = calendar.source === 'FEED';
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap="xs">
            <Text fw={600}>{calendar.name}</Text>
            <Badge variant="light" color={isFeed ? 'blue' : 'gray'} styles={{ label: { color: 'var(--mantine-color-dark-8)' } }}>
              {isFeed ? 'Feed' : 'Uploaded file'}
            </Badge>
          </Group>
          <Group gap="xs">
            {isFeed && (
              <Button size="xs" variant="default" onClick={onRefresh} loading={busy === 'refreshing'} aria-label={`Refresh ${calendar.name}`}>
                Refresh
              </Button>
            )}
            <Button size="xs" variant="subtle" color="red" onClick={onRemove} loading={busy === 'removing'} aria-label={`Remove ${calendar.name}`}>
              Remove
            </Button>
          </Group>
        </Group>
        {calendar.feedUrl && (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {calendar.feedUrl}
          </Text>
        )}
        <Text size="sm">
          {calendar.busyCount === 1 ? '1 busy time' : `${calendar.busyCount} busy times`} ·{' '}
          {calendar.lastSyncedAt ? `last read ${formatInstant(calendar.lastSyncedAt)}` : 'not read yet'}
        </Text>
        {calendar.lastError && (
          <Alert color="red" variant="light" title="Last refresh failed" role="note" styles={{ message: { color: 'var(--mantine-color-dark-8)' } }}>
            {calendar.lastError}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
