import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import type { SessionTypeFieldsFragment } from '../gql/graphql';
import { ErrorAlert } from '../layout/ErrorAlert';
import { archiveSessionTypeMutation } from './session-types.operations';

interface ArchiveSessionTypeModalProps {
  sessionType: SessionTypeFieldsFragment | null;
  onClose(): void;
  onArchived(sessionType: SessionTypeFieldsFragment): void;
}

/** Confirms archiving: clients can no longer book it; past bookings keep it. */
export function ArchiveSessionTypeModal({ sessionType, onClose, onArchived }: ArchiveSessionTypeModalProps) {
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, archiveSessionType] = useMutation(archiveSessionTypeMutation);
  // The last type asked about names the dialog while it fades out once closed: with the title
  // gone at once, the closing dialog had no accessible name (axe's aria-dialog-name).
  const [named, setNamed] = useState(sessionType);
  if (sessionType !== null && sessionType !== named) setNamed(sessionType);

  async function archive() {
    if (!sessionType) return;
    setError(null);
    const result = await archiveSessionType({ id: sessionType.id });
    if (result.data) onArchived(result.data.archiveSessionType);
    else if (result.error) setError(describeGraphqlError(result.error).message);
  }

  return (
    <Modal
      opened={sessionType !== null}
      onClose={() => {
        setError(null);
        onClose();
      }}
      title={named ? `Archive “${named.name}”?` : 'Archive this session type?'}
      centered
      closeButtonProps={{ 'aria-label': 'Cancel' }}
    >
      <Stack gap="md">
        <Text>Clients will no longer be able to book it. Sessions already booked keep it. You can restore it later from Archived.</Text>
        <ErrorAlert title="We couldn't archive it" message={error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Keep it
          </Button>
          <Button color="red.9" onClick={archive} loading={fetching}>
            Archive
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
