import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { bookingPath } from '../app/paths';
import { formatInstant, formatInstantDate } from '../format/dates';
import { formatCents } from '../format/money';
import type { MyReceiptsQuery } from '../gql/graphql';
import { ErrorAlert } from '../layout/ErrorAlert';
import { PageLoader } from '../layout/PageLoader';
import { usePageTitle } from '../layout/use-page-title';
import { myReceiptsQuery } from './ledger.operations';

type Receipt = MyReceiptsQuery['myReceipts'][number];

const BRAND: Record<string, string> = { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', discover: 'Discover' };

function cardText(receipt: Receipt): string {
  if (!receipt.cardBrand && !receipt.cardLast4) return 'Card';
  const brand = receipt.cardBrand ? (BRAND[receipt.cardBrand] ?? receipt.cardBrand) : 'Card';
  return receipt.cardLast4 ? `${brand} ending ${receipt.cardLast4}` : brand;
}

/** `/receipts`: what the client paid for each session, what came back, and the superbill once a paid session took place. */
export function ReceiptsPage() {
  usePageTitle('Receipts');
  const [{ data, fetching, error }] = useQuery({ query: myReceiptsQuery, requestPolicy: 'cache-and-network' });
  const receipts = data?.myReceipts;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>Receipts</Title>
        <Text>
          Every payment for a session, with any refund. Once a paid session has taken place, download its superbill to claim out-of-network
          reimbursement from your insurer.
        </Text>
      </Stack>
      {error && <ErrorAlert title="We couldn't load your receipts" message={describeGraphqlError(error).message} />}
      {!receipts && fetching && <PageLoader label="Loading your receipts" />}
      {receipts && receipts.length === 0 && <Text>No payments yet. Paid sessions you book appear here.</Text>}
      {receipts && receipts.length > 0 && (
        <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
          {receipts.map((receipt) => (
            <ReceiptItem key={receipt.id} receipt={receipt} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function ReceiptItem({ receipt }: { receipt: Receipt }) {
  const title = `${receipt.sessionTypeName} with ${receipt.therapistName}`;
  return (
    <Paper component="li" withBorder p="md" radius="md" aria-label={title}>
      <Stack gap="xs">
        <Group gap="sm" justify="space-between" wrap="wrap">
          <Title order={2} size="h4">
            {title}
          </Title>
          {receipt.refundedMinor > 0 && (
            <Badge color="yellow" c="dark.8" variant="light" tt="none">
              {receipt.netPaidMinor === 0 ? 'Refunded' : 'Partly refunded'}
            </Badge>
          )}
        </Group>
        <List spacing={2} listStyleType="none" styles={{ itemWrapper: { overflowWrap: 'anywhere' } }}>
          <List.Item>Session: {formatInstant(receipt.sessionStartsAt)}</List.Item>
          <List.Item>
            Paid {formatCents(receipt.amountMinor)}
            {receipt.paidAt ? ` on ${formatInstantDate(receipt.paidAt)}` : ''} with {cardText(receipt)}
          </List.Item>
          {receipt.refundedMinor > 0 && <List.Item>Refunded: {formatCents(receipt.refundedMinor)}</List.Item>}
          <List.Item>
            <Text span fw={600}>
              Net paid: {formatCents(receipt.netPaidMinor)}
            </Text>
          </List.Item>
        </List>
        <Group gap="md" wrap="wrap">
          <Anchor component={Link} to={bookingPath(receipt.bookingId)}>
            See the booking
          </Anchor>
          {receipt.superbillUrl && (
            <Anchor href={receipt.superbillUrl} download>
              Download superbill (PDF)
            </Anchor>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
