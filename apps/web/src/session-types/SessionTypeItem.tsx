import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { formatCents } from '../format/money';
import type { SessionTypeFieldsFragment } from '../gql/graphql';
import { formatLabel } from '../therapists/format-labels';
import { sessionKindLabel } from './session-kinds';

interface SessionTypeItemProps {
  sessionType: SessionTypeFieldsFragment;
  onEdit?(): void;
  onArchive?(): void;
  onRestore?(): void;
  restoring?: boolean;
}

/** One session type's facts, with edit and archive for ones still offered, restore for archived ones. */
export function SessionTypeItem({ sessionType, onEdit, onArchive, onRestore, restoring }: SessionTypeItemProps) {
  return (
    <Paper component="li" withBorder p="md">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Group gap="xs">
            <Title order={3} size="h5">
              {sessionType.name}
            </Title>
            {sessionType.archived && (
              <Badge color="gray" variant="light" styles={{ label: { color: 'var(--mantine-color-dark-8)' } }}>
                Archived
              </Badge>
            )}
          </Group>
          {sessionType.archived && onRestore && (
            <Button size="xs" variant="default" onClick={onRestore} loading={restoring} aria-label={`Restore ${sessionType.name}`}>
              Restore
            </Button>
          )}
          {!sessionType.archived && (
            <Group gap="xs">
              {onEdit && (
                <Button size="xs" variant="default" onClick={onEdit} aria-label={`Edit ${sessionType.name}`}>
                  Edit
                </Button>
              )}
              {onArchive && (
                <Button size="xs" variant="subtle" color="red" onClick={onArchive} aria-label={`Archive ${sessionType.name}`}>
                  Archive
                </Button>
              )}
            </Group>
          )}
        </Group>
        <Text size="sm">
          {sessionKindLabel(sessionType.kind)} · {sessionType.durationMinutes} minutes ·{' '}
          {sessionType.priceMinor === 0 ? 'Free' : formatCents(sessionType.priceMinor)}
        </Text>
        <Text size="sm">Formats: {sessionType.formats.map(formatLabel).join(', ')}</Text>
        <Text size="sm">
          CPT code on superbills: {sessionType.cptCode ?? 'none (too short for a psychotherapy code)'}
          {sessionType.cptCode && sessionType.cptCodeIsDefault ? ' (the usual code for this kind and length)' : ''}
        </Text>
      </Stack>
    </Paper>
  );
}
