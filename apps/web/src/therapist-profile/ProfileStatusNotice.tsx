import { Badge, Group, Paper, Text } from '@mantine/core';
import type { ProfileStatus } from '../gql/graphql';
import { profileStatusDisplay, UNSAVED_PROFILE } from './profile-status';

interface ProfileStatusNoticeProps {
  /** null before the first save. */
  status: ProfileStatus | null;
  suspensionReason?: string | null;
}

/** The profile's status in words, and what happens next. */
export function ProfileStatusNotice({ status, suspensionReason }: ProfileStatusNoticeProps) {
  const display = status ? profileStatusDisplay(status) : UNSAVED_PROFILE;
  return (
    <Paper withBorder p="md" radius="md" data-testid="profile-status">
      <Group gap="sm" mb={6}>
        <Text fw={600}>Profile status:</Text>
        <Badge color={display.color} c={display.textColor} variant="light" tt="none" size="lg">
          {display.label}
        </Badge>
      </Group>
      <Text>{display.explanation}</Text>
      {status === 'SUSPENDED' && suspensionReason && <Text mt={6}>Reason given: {suspensionReason}</Text>}
    </Paper>
  );
}
