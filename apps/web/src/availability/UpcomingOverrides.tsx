import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { ErrorAlert } from '../layout/ErrorAlert';
import { removeDateOverrideMutation } from './availability.operations';
import { formatLongDate } from '../format/dates';
import { formatRange } from './local-time';

interface UpcomingOverridesProps {
  overrides: readonly { date: string; windows: readonly { startLocal: string; endLocal: string }[] }[];
  onEdit(date: string): void;
  onRemoved(text: string): void;
}

/** Dates from today on whose hours differ from the usual week. */
export function UpcomingOverrides({ overrides, onEdit, onRemoved }: UpcomingOverridesProps) {
  const [error, setError] = useState<string | null>(null);
  const [removingDate, setRemovingDate] = useState<string | null>(null);
  const [, removeOverride] = useMutation(removeDateOverrideMutation);

  async function remove(date: string) {
    setError(null);
    setRemovingDate(date);
    const result = await removeOverride({ date });
    setRemovingDate(null);
    if (result.data) onRemoved(`${formatLongDate(date)} is back to your usual hours.`);
    else if (result.error) setError(describeGraphqlError(result.error).message);
  }

  if (overrides.length === 0) {
    return <Text c="dimmed">No changed dates coming up. Every day follows your weekly hours.</Text>;
  }
  return (
    <Stack gap="xs">
      <ErrorAlert title="We couldn't remove that date" message={error} />
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {overrides.map((override) => {
          const dateLabel = formatLongDate(override.date);
          return (
            <Paper component="li" key={override.date} withBorder p="sm">
              <Group justify="space-between" gap="xs" wrap="wrap">
                <div>
                  <Text fw={600}>{dateLabel}</Text>
                  <Text size="sm">
                    {override.windows.length === 0
                      ? 'Closed all day'
                      : override.windows.map((window) => formatRange(window.startLocal, window.endLocal)).join(', ')}
                  </Text>
                </div>
                <Group gap="xs">
                  <Button size="xs" variant="default" onClick={() => onEdit(override.date)} aria-label={`Edit ${dateLabel}`}>
                    Edit
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    loading={removingDate === override.date}
                    onClick={() => remove(override.date)}
                    aria-label={`Remove the change on ${dateLabel}`}
                  >
                    Remove
                  </Button>
                </Group>
              </Group>
            </Paper>
          );
        })}
      </Stack>
    </Stack>
  );
}
