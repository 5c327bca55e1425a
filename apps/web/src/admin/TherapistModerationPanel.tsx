import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import type { TherapistProfileFieldsFragment } from '../gql/graphql';
import { StatusMessage, feedback, type Feedback } from '../layout/StatusMessage';
import { profileStatusDisplay } from '../therapist-profile/profile-status';
import { reinstateTherapistMutation, suspendTherapistMutation } from './admin.operations';
import { DANGER_COLOR } from './danger-color';
import { ReasonModal } from './ReasonModal';

interface TherapistModerationPanelProps {
  profile: Pick<TherapistProfileFieldsFragment, 'id' | 'displayName' | 'status' | 'suspensionReason'>;
}

/** Admins only, on a therapist's page: the profile's status and suspend / reinstate. */
export function TherapistModerationPanel({ profile }: TherapistModerationPanelProps) {
  const headingId = useId();
  const [opened, { open, close }] = useDisclosure(false);
  const [message, setMessage] = useState<Feedback | null>(null);
  const [, suspend] = useMutation(suspendTherapistMutation);
  const [, reinstate] = useMutation(reinstateTherapistMutation);
  const suspended = profile.status === 'SUSPENDED';

  async function handleConfirm(reason: string) {
    const input = { therapistId: profile.id, reason };
    const result = suspended ? await reinstate({ input }) : await suspend({ input });
    if (result.error) return describeGraphqlError(result.error, ['reason']);
    setMessage(
      suspended
        ? feedback('Profile reinstated', `${profile.displayName} is visible again once a license is verified.`)
        : feedback('Profile suspended', `${profile.displayName} is hidden from clients until reinstated.`),
    );
    return null;
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          Admin: moderation
        </Title>
        <StatusMessage feedback={message} onClose={() => setMessage(null)} />
        <Text>
          Status: <strong>{profileStatusDisplay(profile.status).label}</strong>
        </Text>
        {profile.suspensionReason && <Text>Suspension reason: {profile.suspensionReason}</Text>}
        <Group>
          <Button color={suspended ? undefined : DANGER_COLOR} variant={suspended ? 'filled' : 'outline'} onClick={open}>
            {suspended ? 'Reinstate profile' : 'Suspend profile'}
          </Button>
        </Group>
      </Stack>
      <ReasonModal
        opened={opened}
        onClose={close}
        title={suspended ? `Reinstate ${profile.displayName}` : `Suspend ${profile.displayName}`}
        confirmLabel={suspended ? 'Reinstate' : 'Suspend'}
        confirmColor={suspended ? undefined : DANGER_COLOR}
        onConfirm={handleConfirm}
      >
        {suspended
          ? 'Their profile goes back to following their licenses: public again if one is verified and current.'
          : 'Their profile disappears from search and booking right away.'}
      </ReasonModal>
    </Paper>
  );
}
