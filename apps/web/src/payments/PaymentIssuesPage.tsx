import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { bookingPath } from '../app/paths';
import { formatInstant } from '../format/dates';
import { formatCents } from '../format/money';
import type { AdminPaymentIssuesQuery } from '../gql/graphql';
import { ErrorAlert } from '../layout/ErrorAlert';
import { PageLoader } from '../layout/PageLoader';
import { usePageTitle } from '../layout/use-page-title';
import { adminPaymentIssuesQuery } from './ledger.operations';
import { PaymentMismatchesSection } from './PaymentMismatchesSection';

type Issue = AdminPaymentIssuesQuery['adminPaymentIssues'][number];

const BOOKING_STATUS: Record<string, string> = {
  HELD: 'held, not paid',
  CONFIRMED: 'confirmed',
  COMPLETED: 'completed',
  CANCELLED: 'cancelled',
  NO_SHOW: 'no-show',
  EXPIRED: 'hold lapsed',
};

function outcome(issue: Issue): string {
  if (issue.kind === 'DISPUTED') {
    return `The client's bank disputes this ${formatCents(issue.amountMinor)} charge. Answer it in the Stripe dashboard with the booking's details.`;
  }
  const why = issue.lastError ? `“${issue.lastError}”` : 'The charge failed.';
  if (issue.paymentStatus === 'SUCCEEDED' || issue.paymentStatus === 'REFUNDED') return `${why} The client then paid with another attempt.`;
  if (issue.paymentStatus === 'EXPIRED') return `${why} The checkout expired unpaid.`;
  return `${why} Not paid yet.`;
}

/** `/admin/payments`: disputed charges first, then declined or failed ones, each naming the booking, client and therapist; then reconciliation's open mismatches. */
export function PaymentIssuesPage() {
  usePageTitle('Payment issues');
  const [{ data, fetching, error }] = useQuery({ query: adminPaymentIssuesQuery, requestPolicy: 'cache-and-network' });
  const issues = data?.adminPaymentIssues;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>Payment issues</Title>
        <Text>Disputes opened by clients' banks, then declined or failed charges, latest first.</Text>
      </Stack>
      {error && <ErrorAlert title="We couldn't load payment issues" message={describeGraphqlError(error).message} />}
      {!issues && fetching && <PageLoader label="Loading payment issues" />}
      {issues && issues.length === 0 && <Text>No disputes or declined charges.</Text>}
      {issues && issues.length > 0 && (
        <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
          {issues.map((issue) => (
            <IssueItem key={issue.id} issue={issue} />
          ))}
        </Stack>
      )}
      <PaymentMismatchesSection />
    </Stack>
  );
}

function IssueItem({ issue }: { issue: Issue }) {
  const title = `${issue.sessionTypeName} with ${issue.therapistName}, booked by ${issue.clientName}`;
  return (
    <Paper component="li" withBorder p="md" radius="md" aria-label={title}>
      <Stack gap="xs">
        <Group gap="sm" wrap="wrap">
          <Badge color={issue.kind === 'DISPUTED' ? 'red' : 'yellow'} c={issue.kind === 'DISPUTED' ? 'red.9' : 'dark.8'} variant="light" tt="none">
            {issue.kind === 'DISPUTED' ? 'Disputed' : 'Declined'}
          </Badge>
          <Title order={2} size="h5" style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Title>
        </Group>
        <Text>{outcome(issue)}</Text>
        <List spacing={2} listStyleType="none" styles={{ itemWrapper: { overflowWrap: 'anywhere' } }}>
          <List.Item>
            Session: {formatInstant(issue.sessionStartsAt)} ({BOOKING_STATUS[issue.bookingStatus] ?? issue.bookingStatus})
          </List.Item>
          <List.Item>
            Client: {issue.clientName} ({issue.clientEmail})
          </List.Item>
          <List.Item>Therapist: {issue.therapistName}</List.Item>
          <List.Item>
            Amount: {formatCents(issue.amountMinor)}
            {issue.refundedMinor > 0 ? `, ${formatCents(issue.refundedMinor)} refunded` : ''}
          </List.Item>
          <List.Item>Last change: {formatInstant(issue.updatedAt)}</List.Item>
        </List>
        <Anchor component={Link} to={bookingPath(issue.bookingId)}>
          Open the booking
        </Anchor>
      </Stack>
    </Paper>
  );
}
