import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { therapistPath } from '../app/paths';
import { formatInstant } from '../format/dates';
import { auditActionLabel, formatAuditDetails } from './audit-actions';
import type { AuditEventRow } from './use-audit-events';

function SubjectCell({ event }: { event: AuditEventRow }) {
  // No subject: e.g. a failed log-in for an email that has no account.
  if (!event.subjectId) return <Text size="sm">{event.subjectType} (none)</Text>;
  if (event.subjectType === 'TherapistProfile') {
    return (
      <Anchor component={Link} to={therapistPath(event.subjectId)} size="sm">
        Therapist profile
      </Anchor>
    );
  }
  return (
    <Text size="sm">
      {event.subjectType}{' '}
      <Text span size="xs" c="dimmed" ff="monospace">
        {event.subjectId.slice(0, 8)}
      </Text>
    </Text>
  );
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
            <Table.Th scope="col">Action</Table.Th>
            <Table.Th scope="col">Subject</Table.Th>
            <Table.Th scope="col">Who</Table.Th>
            <Table.Th scope="col">Reason</Table.Th>
            <Table.Th scope="col">Details</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatInstant(event.createdAt)}</Table.Td>
              <Table.Td>{auditActionLabel(event.action)}</Table.Td>
              <Table.Td>
                <SubjectCell event={event} />
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{event.actorEmail ?? 'System'}</Table.Td>
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
