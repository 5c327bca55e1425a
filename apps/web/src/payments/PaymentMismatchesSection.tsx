import { Anchor, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeGraphqlError, type DescribedError } from '../app/describe-graphql-error';
import { bookingPath } from '../app/paths';
import { ReasonModal } from '../admin/ReasonModal';
import { formatInstant } from '../format/dates';
import { formatCents } from '../format/money';
import type { PaymentMismatchFieldsFragment, RunPaymentReconciliationMutation } from '../gql/graphql';
import { ErrorAlert } from '../layout/ErrorAlert';
import { PageLoader } from '../layout/PageLoader';
import { paymentMismatchesQuery, resolvePaymentMismatchMutation, runPaymentReconciliationMutation } from './ledger.operations';

type Report = RunPaymentReconciliationMutation['runPaymentReconciliation'];

const REASONS: Record<string, string> = {
  NO_LOCAL_BOOKING: 'Paid for a booking Rapport does not have',
  UNKNOWN_CHARGE: 'A charge that names no booking',
  UNKNOWN_REFUND: 'A refund of no payment here',
  UNKNOWN_DISPUTE: 'A dispute on no payment here',
};

function reportText(report: Report): string {
  const parts = [
    `Looked at ${report.examined} Stripe object${report.examined === 1 ? '' : 's'}`,
    `repaired ${report.repaired} booking${report.repaired === 1 ? '' : 's'}`,
    `found ${report.mismatches} new mismatch${report.mismatches === 1 ? '' : 'es'}`,
  ];
  const failed = report.failed > 0 ? ` ${report.failed} could not be checked; the next run tries again.` : '';
  return `${parts.join(', ')}.${failed}`;
}

/**
 * On `/admin/payments`: what reconciliation found in Stripe and could not repair
 * (`paymentMismatches`), each resolved with a note, and a button that runs
 * reconciliation now and says what it repaired.
 */
export function PaymentMismatchesSection() {
  const headingId = useId();
  const [{ data, fetching, error }, refetch] = useQuery({ query: paymentMismatchesQuery, requestPolicy: 'cache-and-network' });
  const [{ fetching: running }, run] = useMutation(runPaymentReconciliationMutation);
  const [report, setReport] = useState<Report | null>(null);
  const [runError, setRunError] = useState<string | null>(null);
  const [resolved, setResolved] = useState<string | null>(null);
  const mismatches = data?.paymentMismatches;

  async function runNow() {
    setRunError(null);
    setReport(null);
    const result = await run({});
    if (result.error) {
      setRunError(describeGraphqlError(result.error).message);
      return;
    }
    setReport(result.data!.runPaymentReconciliation);
    refetch({ requestPolicy: 'network-only' });
  }

  function onResolved(mismatch: PaymentMismatchFieldsFragment) {
    setResolved(`Marked ${mismatch.stripeObjectId} resolved.`);
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Stack gap={4}>
        <Title order={2} size="h3" id={headingId}>
          Payment mismatches
        </Title>
        <Text>Money in Stripe that reconciliation could not match to a booking here. Deal with each in the Stripe dashboard, then mark it resolved.</Text>
      </Stack>
      <Group gap="sm">
        <Button onClick={runNow} loading={running} variant="default">
          Run reconciliation now
        </Button>
      </Group>
      <ErrorAlert title="Reconciliation did not run" message={runError} />
      <Text role="status" aria-live="polite">
        {report ? reportText(report) : ''}
        {report && resolved ? ' ' : ''}
        {resolved ?? ''}
      </Text>
      {error && <ErrorAlert title="We couldn't load payment mismatches" message={describeGraphqlError(error).message} />}
      {!mismatches && fetching && <PageLoader label="Loading payment mismatches" />}
      {mismatches && mismatches.length === 0 && <Text>No open mismatches.</Text>}
      {mismatches && mismatches.length > 0 && (
        <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
          {mismatches.map((mismatch) => (
            <MismatchItem key={mismatch.id} mismatch={mismatch} onResolved={onResolved} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function MismatchItem({ mismatch, onResolved }: { mismatch: PaymentMismatchFieldsFragment; onResolved(mismatch: PaymentMismatchFieldsFragment): void }) {
  const headingId = useId();
  const [opened, { open, close }] = useDisclosure(false);
  const [, resolve] = useMutation(resolvePaymentMismatchMutation);
  const title = `${REASONS[mismatch.reason] ?? mismatch.reason}: ${mismatch.stripeObjectId}`;

  async function handleResolve(note: string): Promise<DescribedError | null> {
    const result = await resolve({ input: { id: mismatch.id, note } });
    if (result.error) {
      const problem = describeGraphqlError(result.error, ['note']);
      return { message: problem.message, fieldErrors: { reason: problem.fieldErrors.note } };
    }
    onResolved(mismatch);
    return null;
  }

  return (
    <Paper component="li" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group gap="sm" wrap="wrap">
          <Badge color="orange" c="dark.8" variant="light" tt="none">
            Open
          </Badge>
          <Title order={3} size="h5" id={headingId} style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Title>
        </Group>
        <Text style={{ overflowWrap: 'anywhere' }}>{mismatch.details}</Text>
        <List spacing={2} listStyleType="none" styles={{ itemWrapper: { overflowWrap: 'anywhere' } }}>
          {mismatch.amountMinor !== null && <List.Item>Amount: {formatCents(mismatch.amountMinor)}</List.Item>}
          <List.Item>Booking: {mismatch.bookingId ?? 'none named'}</List.Item>
          {mismatch.clientName && (
            <List.Item>
              Client: {mismatch.clientName} ({mismatch.clientEmail})
            </List.Item>
          )}
          {mismatch.therapistName && <List.Item>Therapist: {mismatch.therapistName}</List.Item>}
          <List.Item>Found: {formatInstant(mismatch.detectedAt)}</List.Item>
        </List>
        <Group gap="sm">
          <Button onClick={open} aria-describedby={headingId}>
            Mark resolved…
          </Button>
          {mismatch.bookingId && mismatch.therapistName && (
            <Anchor component={Link} to={bookingPath(mismatch.bookingId)}>
              Open the booking
            </Anchor>
          )}
        </Group>
      </Stack>
      <ReasonModal
        opened={opened}
        onClose={close}
        title={`Resolve ${mismatch.stripeObjectId}`}
        reasonLabel="Note"
        readBy="What was done about it, kept for other admins."
        emptyMessage="Give a note: what was done about it."
        lengthMessage="Give a note of"
        confirmLabel="Mark resolved"
        onConfirm={handleResolve}
      >
        It leaves the list of open mismatches; the note and your name are kept with it.
      </ReasonModal>
    </Paper>
  );
}
