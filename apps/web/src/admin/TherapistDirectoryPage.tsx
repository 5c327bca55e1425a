import { Anchor, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { therapistPath } from '../app/paths';
import type { ProfileStatus } from '../gql/graphql';
import { ErrorAlert } from '../layout/ErrorAlert';
import { PageLoader } from '../layout/PageLoader';
import { usePageTitle } from '../layout/use-page-title';
import { useTaxonomy } from '../taxonomy/use-taxonomy';
import { adminTherapistsQuery } from './admin.operations';

const PAGE_SIZE = 25;
const STATUS_LABELS: Record<ProfileStatus, string> = { ACTIVE: 'Active', DRAFT: 'Draft', PENDING_REVIEW: 'Waiting for review', SUSPENDED: 'Suspended' };
const STATUS_OPTIONS = Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }));

/** `/admin/therapists`: every therapist, searchable by name or email, filtered by state and status, a page at a time. */
export function TherapistDirectoryPage() {
  usePageTitle('Therapists');
  const { taxonomy } = useTaxonomy();
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text.trim(), 300);
  const [state, setState] = useState<string | null>(null);
  const [status, setStatus] = useState<ProfileStatus | null>(null);
  const [offset, setOffset] = useState(0);
  const input = useMemo(() => ({ query: query || null, state, status, offset, limit: PAGE_SIZE }), [query, state, status, offset]);
  const [{ data, fetching, error }] = useQuery({ query: adminTherapistsQuery, variables: { input }, requestPolicy: 'cache-and-network' });
  const stateOptions = useMemo(() => (taxonomy?.data.jurisdictions ?? []).map((jurisdiction) => ({ value: jurisdiction.code, label: jurisdiction.name })), [taxonomy]);
  const page = data?.adminTherapists;
  const filtersChanged = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setOffset(0);
  };

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>Therapists</Title>
        <Text>Every therapist on Rapport, whatever the state of their profile.</Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" component="form" role="search" aria-label="Find therapists" onSubmit={(event: React.FormEvent) => event.preventDefault()}>
        <TextInput label="Name or email" type="search" value={text} onChange={(event) => filtersChanged(setText)(event.currentTarget.value)} />
        <Select label="State" placeholder="Any state" data={stateOptions} searchable clearable value={state} onChange={filtersChanged(setState)} nothingFoundMessage="No state matches" />
        <Select label="Status" placeholder="Any status" data={STATUS_OPTIONS} clearable value={status} onChange={(value) => filtersChanged(setStatus)(value as ProfileStatus | null)} />
      </SimpleGrid>
      {error && <ErrorAlert title="We couldn't load therapists" message={describeGraphqlError(error).message} />}
      {!page && fetching && <PageLoader label="Loading therapists" />}
      {page && (
        <Stack gap="sm" component="section" aria-labelledby="directory-results">
          <Title order={2} size="h4" id="directory-results" aria-live="polite">
            {page.total === 0 ? 'No therapists match' : `${page.total} ${page.total === 1 ? 'therapist' : 'therapists'}, showing ${page.offset + 1}–${page.offset + page.items.length}`}
          </Title>
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {page.items.map((therapist) => (
              <Paper component="li" withBorder p="md" key={therapist.id}>
                <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Anchor component={Link} to={therapistPath(therapist.id)} fw={600}>
                      {therapist.displayName || 'Unnamed profile'}
                    </Anchor>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {therapist.email}
                    </Text>
                    <Text size="sm">
                      {therapist.states.length ? `Licenses in ${therapist.states.map((code) => taxonomy?.jurisdictionName(code) ?? code).join(', ')}` : 'No license on file'}
                      {therapist.licensesWaiting ? ` · ${therapist.licensesWaiting} waiting for review` : ''}
                    </Text>
                  </Stack>
                  <Badge color="gray.8" variant="filled">
                    {STATUS_LABELS[therapist.status]}
                  </Badge>
                </Group>
              </Paper>
            ))}
          </Stack>
          <Group gap="sm">
            <Button variant="default" disabled={page.offset === 0} onClick={() => setOffset(Math.max(0, page.offset - PAGE_SIZE))}>
              Previous page
            </Button>
            <Button variant="default" disabled={page.offset + page.items.length >= page.total} onClick={() => setOffset(page.offset + PAGE_SIZE)}>
              Next page
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
