import { Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { ErrorAlert } from '../layout/ErrorAlert';
import { PageLoader } from '../layout/PageLoader';
import { StatusMessage, feedback, type Feedback } from '../layout/StatusMessage';
import { usePageTitle } from '../layout/use-page-title';
import { useTaxonomy } from '../taxonomy/use-taxonomy';
import { licenseReviewQueueQuery } from './admin.operations';
import { ReviewQueueItem } from './ReviewQueueItem';

// An empty queue holds no License to invalidate on, so name the type it depends on.
const CONTEXT = { additionalTypenames: ['License'] };

const WAITING_OPTIONS = [
  { value: '3', label: '3 days or more' },
  { value: '7', label: 'A week or more' },
  { value: '14', label: 'Two weeks or more' },
  { value: '30', label: 'A month or more' },
];

/** `/admin/licenses`: licenses waiting for review, oldest first, searchable by name or e-mail and filtered by state and time waiting. */
export function LicenseReviewPage() {
  usePageTitle('License reviews');
  const { taxonomy } = useTaxonomy();
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 300);
  const [jurisdiction, setJurisdiction] = useState<string | null>(null);
  const [waiting, setWaiting] = useState<string | null>(null);
  const filter = useMemo(
    () => ({ search: search || null, jurisdiction, waitingAtLeastDays: waiting ? Number(waiting) : null }),
    [search, jurisdiction, waiting],
  );
  const filtered = Boolean(filter.search || filter.jurisdiction || filter.waitingAtLeastDays);
  const stateOptions = useMemo(() => (taxonomy?.data.jurisdictions ?? []).map((state) => ({ value: state.code, label: state.name })), [taxonomy]);
  const [{ data, fetching, error }] = useQuery({ query: licenseReviewQueueQuery, variables: { filter }, requestPolicy: 'cache-and-network', context: CONTEXT });
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
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" component="form" role="search" aria-label="Find licenses to review" onSubmit={(event: React.FormEvent) => event.preventDefault()}>
        <TextInput label="Name or email" type="search" value={text} onChange={(event) => setText(event.currentTarget.value)} />
        <Select label="State" placeholder="Any state" data={stateOptions} searchable clearable value={jurisdiction} onChange={setJurisdiction} nothingFoundMessage="No state matches" />
        <Select label="Waiting" placeholder="Any time" data={WAITING_OPTIONS} clearable value={waiting} onChange={setWaiting} />
      </SimpleGrid>
      <StatusMessage feedback={message} onClose={() => setMessage(null)} />
      {error && <ErrorAlert title="We couldn't load the queue" message={describeGraphqlError(error).message} />}
      {!queue && fetching && <PageLoader label="Loading the review queue" />}
      {queue && queue.length === 0 && <Text>{filtered ? 'No waiting license matches these filters.' : 'No licenses are waiting for review. Nice work.'}</Text>}
      {queue && queue.length > 0 && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {queue.length === 1 ? '1 license waiting' : `${queue.length} licenses waiting`}
            {filtered ? ' that match' : ''}
          </Text>
          {queue.map((item) => (
            <ReviewQueueItem key={item.license.id} item={item} onReviewed={handleReviewed} />
          ))}
        </>
      )}
    </Stack>
  );
}
