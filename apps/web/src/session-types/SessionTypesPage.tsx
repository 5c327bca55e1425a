import { Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import type { SessionTypeFieldsFragment } from '../gql/graphql';
import { ErrorAlert } from '../layout/ErrorAlert';
import { PageLoader } from '../layout/PageLoader';
import { StatusMessage, feedback, type Feedback } from '../layout/StatusMessage';
import { usePageTitle } from '../layout/use-page-title';
import { PaidSessionsNotice } from '../payments/PaidSessionsNotice';
import { ArchiveSessionTypeModal } from './ArchiveSessionTypeModal';
import { mySessionTypesQuery, profileFormatsQuery, restoreSessionTypeMutation } from './session-types.operations';
import { SessionTypeForm } from './SessionTypeForm';
import { SessionTypeItem } from './SessionTypeItem';

// An empty list has no SessionType to invalidate on; creating one must still refetch it.
const CONTEXT = { additionalTypenames: ['SessionType'] };

/** `/therapist/session-types`: what clients can book, for how long and at what price. */
export function SessionTypesPage() {
  usePageTitle('Session types');
  const [{ data, error }] = useQuery({ query: mySessionTypesQuery, requestPolicy: 'cache-and-network', context: CONTEXT });
  const [editingId, setEditingId] = useState<string | null>(null);
  const [archiving, setArchiving] = useState<SessionTypeFieldsFragment | null>(null);
  const [message, setMessage] = useState<Feedback | null>(null);
  const [{ data: profileData }] = useQuery({ query: profileFormatsQuery, requestPolicy: 'cache-and-network' });
  const offeredFormats = profileData?.myTherapistProfile?.formats;
  const [{ fetching: restoring, operation: restoringOperation }, restoreSessionType] = useMutation(restoreSessionTypeMutation);

  async function restore(sessionType: SessionTypeFieldsFragment) {
    const result = await restoreSessionType({ id: sessionType.id });
    if (result.data) setMessage(feedback('Session type restored', `Clients can book ${sessionType.name} again.`));
    else if (result.error) setMessage(feedback('We couldn’t restore it', describeGraphqlError(result.error).message ?? 'Please try again.'));
  }

  function edit(id: string) {
    setEditingId(id);
    requestAnimationFrame(() => document.getElementById(`session-type-${id}-name`)?.focus());
  }

  if (!data) {
    if (!error) return <PageLoader label="Loading your session types" />;
    return <ErrorAlert title="We couldn't load your session types" message={describeGraphqlError(error).message} />;
  }
  const offered = data.mySessionTypes.filter((sessionType) => !sessionType.archived);
  const archived = data.mySessionTypes.filter((sessionType) => sessionType.archived);

  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Title order={1}>Session types</Title>
        <Text>What clients can book with you: each with its own length, price and formats.</Text>
      </Stack>
      <PaidSessionsNotice hasPaidSessionTypes={offered.some((sessionType) => sessionType.priceMinor > 0)} />
      <StatusMessage feedback={message} onClose={() => setMessage(null)} />
      <Stack component="section" aria-labelledby="offered-session-types" gap="sm">
        <Title order={2} size="h3" id="offered-session-types">
          Offered
        </Title>
        {offered.length === 0 ? (
          <Text c="dimmed">No session types yet. Add one below so clients can book you.</Text>
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {offered.map((sessionType) =>
              editingId === sessionType.id ? (
                <Paper component="li" withBorder p="md" key={sessionType.id} aria-label={`Editing ${sessionType.name}`}>
                  <SessionTypeForm
                    sessionType={sessionType}
                    offeredFormats={offeredFormats}
                    onCancel={() => setEditingId(null)}
                    onSaved={(saved) => {
                      setEditingId(null);
                      setMessage(feedback('Session type saved', `${saved.name} is updated.`));
                    }}
                  />
                </Paper>
              ) : (
                <SessionTypeItem
                  key={sessionType.id}
                  sessionType={sessionType}
                  onEdit={() => edit(sessionType.id)}
                  onArchive={() => setArchiving(sessionType)}
                />
              ),
            )}
          </Stack>
        )}
      </Stack>
      <Stack component="section" aria-labelledby="add-session-type" gap="sm">
        <Title order={2} size="h3" id="add-session-type">
          Add a session type
        </Title>
        <SessionTypeForm offeredFormats={offeredFormats} onSaved={(saved) => setMessage(feedback('Session type added', `Clients can now book ${saved.name}.`))} />
      </Stack>
      {archived.length > 0 && (
        <Stack component="section" aria-labelledby="archived-session-types" gap="sm">
          <Title order={2} size="h3" id="archived-session-types">
            Archived
          </Title>
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {archived.map((sessionType) => (
              <SessionTypeItem
                key={sessionType.id}
                sessionType={sessionType}
                onRestore={() => restore(sessionType)}
                restoring={restoring && restoringOperation?.variables.id === sessionType.id}
              />
            ))}
          </Stack>
        </Stack>
      )}
      <ArchiveSessionTypeModal
        sessionType={archiving}
        onClose={() => setArchiving(null)}
        onArchived={(sessionType) => {
          setArchiving(null);
          setMessage(feedback('Session type archived', `${sessionType.name} can no longer be booked. Changed your mind? Restore it under Archived.`));
        }}
      />
    </Stack>
  );
}
