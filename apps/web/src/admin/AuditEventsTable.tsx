import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { therapistPath } from '../app/paths';
import { formatInstant } from '../format/dates';
import { describeAuditEvent, formatAuditDetails } from './audit-actions';
import type { AuditEventRow } from './use-audit-events';

function SubjectCell({ event }: { event: AuditEventRow }) {
  const words = event.subjectName ?? (event.subjectId ? `${event.subjectType} (no longer exists)` : `${event.subjectType} (none)`);
  if (event.subjectType === 'TherapistProfile' && event.subjectId && event.subjectName) {
    return (
      <Anchor component={Link} to={therapistPath(event.subjectId)} size="sm">
        {words}
      </Anchor>
    );
  }
  return <Text size="sm">{words}</Text>;
}

/** Audit events as a table; scrolls sideways on narrow screens. */
export function AuditEventsTable({ events }: { events: readonly AuditEventRow[] }) {
  return (
    // Focusable so keyboard users can scroll it sideways on a phone.
    <div role="region" aria-label="Audit events" tabIndex={0} style={{ overflowX: 'auto' }}>
      <Table striped highlightOnHover miw={760} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">When</Table.Th>
            <Table.Th scope="col">What happened</Table.Th>
            <Table.Th scope="col">Concerning</Table.Th>
            <Table.Th scope="col">Who</Table.Th>
            <Table.Th scope="col">Reason</Table.Th>
            <Table.Th scope="col">Details</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatInstant(event.createdAt)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{describeAuditEvent(event)}</Table.Td>
              <Table.Td>
                <SubjectCell event={event} />
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{event.actorName ?? event.actorEmail ?? 'System'}</Table.Td>
              <Table.Td>{event.reason ?? ''}</Table.Td>
              <Table.Td>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {formatAuditDetails(event.details)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
