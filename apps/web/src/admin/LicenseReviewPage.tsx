import { Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useQuery } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { ErrorAlert } from '../layout/ErrorAlert';
import { PageLoader } from '../layout/PageLoader';
import { StatusMessage, feedback, type Feedback } from '../layout/StatusMessage';
import { usePageTitle } from '../layout/use-page-title';
import { licenseReviewQueueQuery } from './admin.operations';
import { ReviewQueueItem } from './ReviewQueueItem';

// An empty queue holds no License to invalidate on, so name the type it depends on.
const CONTEXT = { additionalTypenames: ['License'] };

/** `/admin/licenses`: licenses waiting for review, oldest first. */
export function LicenseReviewPage() {
  usePageTitle('License reviews');
  const [{ data, fetching, error }] = useQuery({ query: licenseReviewQueueQuery, requestPolicy: 'cache-and-network', context: CONTEXT });
  const [message, setMessage] = useState<Feedback | null>(null);
  const handleReviewed = useCallback((title: string, text: string) => setMessage(feedback(title, text)), []);
  const queue = data?.licenseReviewQueue;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>License reviews</Title>
        <Text>
          Oldest first. Check each license against the state board's public lookup before you verify it; a verified
          license makes the therapist's profile public.
        </Text>
      </Stack>
      <StatusMessage feedback={message} onClose={() => setMessage(null)} />
      {error && <ErrorAlert title="We couldn't load the queue" message={describeGraphqlError(error).message} />}
      {!queue && fetching && <PageLoader label="Loading the review queue" />}
      {queue && queue.length === 0 && <Text>No licenses are waiting for review. Nice work.</Text>}
      {queue && queue.length > 0 && (
        <>
          <Text size="sm" c="dimmed">
            {queue.length === 1 ? '1 license waiting' : `${queue.length} licenses waiting`}
          </Text>
          {queue.map((item) => (
            <ReviewQueueItem key={item.license.id} item={item} onReviewed={handleReviewed} />
          ))}
        </>
      )}
    </Stack>
  );
}
