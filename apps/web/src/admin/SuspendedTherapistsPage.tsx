import { Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useQuery } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { ErrorAlert } from '../layout/ErrorAlert';
import { PageLoader } from '../layout/PageLoader';
import { StatusMessage, feedback, type Feedback } from '../layout/StatusMessage';
import { usePageTitle } from '../layout/use-page-title';
import { suspendedTherapistsQuery } from './admin.operations';
import { SuspendedTherapistItem } from './SuspendedTherapistItem';

const CONTEXT = { additionalTypenames: ['TherapistProfile'] };

/** `/admin/suspended`: suspended profiles, newest suspension first, each with "Reinstate". */
export function SuspendedTherapistsPage() {
  usePageTitle('Suspended therapists');
  const [{ data, fetching, error }] = useQuery({ query: suspendedTherapistsQuery, requestPolicy: 'cache-and-network', context: CONTEXT });
  const [message, setMessage] = useState<Feedback | null>(null);
  const handleReinstated = useCallback(
    (name: string) => setMessage(feedback('Profile reinstated', `${name} is reinstated; their profile follows their licenses again.`)),
    [],
  );
  const therapists = data?.suspendedTherapists;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>Suspended therapists</Title>
        <Text>
          These profiles are hidden from clients. To suspend someone, open their profile page and choose "Suspend
          profile".
        </Text>
      </Stack>
      <StatusMessage feedback={message} onClose={() => setMessage(null)} />
      {error && <ErrorAlert title="We couldn't load suspended therapists" message={describeGraphqlError(error).message} />}
      {!therapists && fetching && <PageLoader label="Loading suspended therapists" />}
      {therapists && therapists.length === 0 && <Text>No therapists are suspended.</Text>}
      {therapists?.map((therapist) => (
        <SuspendedTherapistItem key={therapist.id} therapist={therapist} onReinstated={handleReinstated} />
      ))}
    </Stack>
  );
}
