import { Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { ErrorAlert } from '../layout/ErrorAlert';
import { usePageTitle } from '../layout/use-page-title';
import { AUDIT_ACTION_OPTIONS } from './audit-actions';
import { AuditEventsTable } from './AuditEventsTable';
import { useAuditEvents } from './use-audit-events';

const ALL_ACTIONS = '';

/** `/admin/audit`: who did what, newest first, filterable by action. */
export function AuditLogPage() {
  usePageTitle('Audit log');
  const [action, setAction] = useState(ALL_ACTIONS);
  const { events, loading, error, hasMore, loadMore } = useAuditEvents(action || null);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>Audit log</Title>
        <Text>Every admin action and profile change, newest first. Entries can't be edited or deleted.</Text>
      </Stack>
      <Group align="flex-end">
        <NativeSelect
          label="Show"
          value={action}
          onChange={(event) => setAction(event.currentTarget.value)}
          data={[{ value: ALL_ACTIONS, label: 'All actions' }, ...AUDIT_ACTION_OPTIONS]}
          w={{ base: '100%', xs: 280 }}
        />
      </Group>
      {error && <ErrorAlert title="We couldn't load the audit log" message={describeGraphqlError(error).message} />}
      {events.length > 0 && <AuditEventsTable events={events} />}
      <Text size="sm" c="dimmed" role="status">
        {loading ? 'Loading events…' : events.length === 0 ? 'No events match.' : `Showing ${events.length} events${hasMore ? '' : ', the oldest included'}.`}
      </Text>
      {hasMore && (
        <Group>
          <Button variant="default" onClick={loadMore} loading={loading}>
            Load more
          </Button>
        </Group>
      )}
    </Stack>
  );
}
