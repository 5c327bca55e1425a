import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { describeGraphqlError, type DescribedError } from '../app/describe-graphql-error';
import { therapistPath } from '../app/paths';
import type { SuspendedTherapistsQuery } from '../gql/graphql';
import { reinstateTherapistMutation } from './admin.operations';
import { ReasonModal } from './ReasonModal';

type SuspendedTherapist = SuspendedTherapistsQuery['suspendedTherapists'][number];

interface SuspendedTherapistItemProps {
  therapist: SuspendedTherapist;
  onReinstated(name: string): void;
}

export function SuspendedTherapistItem({ therapist, onReinstated }: SuspendedTherapistItemProps) {
  const headingId = useId();
  const [opened, { open, close }] = useDisclosure(false);
  const [, reinstate] = useMutation(reinstateTherapistMutation);

  async function handleReinstate(reason: string): Promise<DescribedError | null> {
    const result = await reinstate({ input: { therapistId: therapist.id, reason } });
    if (result.error) return describeGraphqlError(result.error, ['reason']);
    onReinstated(therapist.displayName);
    return null;
  }

  return (
    <Paper component="article" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Stack gap="xs">
        <Title order={2} size="h4" id={headingId}>
          {therapist.displayName}
        </Title>
        {therapist.headline && <Text c="dimmed">{therapist.headline}</Text>}
        <Text>
          <Text span fw={600}>
            Reason:
          </Text>{' '}
          {therapist.suspensionReason ?? 'None recorded.'}
        </Text>
        <Group gap="sm">
          <Button onClick={open} aria-describedby={headingId}>
            Reinstate…
          </Button>
          <Anchor component={Link} to={therapistPath(therapist.id)}>
            View {therapist.displayName}'s profile
          </Anchor>
        </Group>
      </Stack>
      <ReasonModal
        opened={opened}
        onClose={close}
        title={`Reinstate ${therapist.displayName}`}
        confirmLabel="Reinstate"
        onConfirm={handleReinstate}
      >
        Their profile goes back to following their licenses: public again if one is verified and current.
      </ReasonModal>
    </Paper>
  );
}
