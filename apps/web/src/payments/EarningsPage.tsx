import { Alert, Anchor, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { paths } from '../app/paths';
import { formatCalendarDate } from '../format/dates';
import { formatCents } from '../format/money';
import type { EarningsPeriod, EarningsRowFieldsFragment, MyEarningsQuery } from '../gql/graphql';
import { ErrorAlert } from '../layout/ErrorAlert';
import { PageLoader } from '../layout/PageLoader';
import { usePageTitle } from '../layout/use-page-title';
import { myEarningsQuery } from './ledger.operations';

const READABLE = { title: { color: 'var(--mantine-color-dark-8)' }, message: { color: 'var(--mantine-color-dark-8)' } };

/** `/therapist/earnings`: money from paid sessions by week or month, and where payouts stand with Stripe. */
export function EarningsPage() {
  usePageTitle('Earnings');
  const [period, setPeriod] = useState<EarningsPeriod>('MONTH');
  const [{ data, fetching, error }] = useQuery({ query: myEarningsQuery, variables: { period }, requestPolicy: 'cache-and-network' });
  const earnings = data?.myEarnings;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>Earnings</Title>
        <Text>
          What clients paid for your sessions, grouped by the date of the session in your time zone. Refunds and Rapport's platform fee are taken off;
          the net is what Stripe pays out to you.
        </Text>
      </Stack>
      {earnings && <PayoutsCard payouts={earnings.payouts} />}
      <SegmentedControl
        aria-label="Group by"
        value={period}
        onChange={(value) => setPeriod(value as EarningsPeriod)}
        data={[
          { value: 'MONTH', label: 'By month' },
          { value: 'WEEK', label: 'By week' },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {error && <ErrorAlert title="We couldn't load your earnings" message={describeGraphqlError(error).message} />}
      {!earnings && fetching && <PageLoader label="Loading your earnings" />}
      {earnings && earnings.rows.length === 0 && <Text>No paid sessions yet.</Text>}
      {earnings && earnings.rows.length > 0 && (
        <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
          {earnings.rows.map((row) => (
            <EarningsCard key={row.periodStart} title={periodTitle(earnings.period, row)} row={row} />
          ))}
          <EarningsCard title="All time" row={earnings.totals} />
        </Stack>
      )}
    </Stack>
  );
}

function periodTitle(period: EarningsPeriod, row: EarningsRowFieldsFragment): string {
  if (!row.periodStart || !row.periodEnd) return 'All time';
  return period === 'WEEK' ? `Week of ${formatCalendarDate(row.periodStart)}` : `${formatCalendarDate(row.periodStart)} – ${formatCalendarDate(row.periodEnd)}`;
}

function EarningsCard({ title, row }: { title: string; row: EarningsRowFieldsFragment }) {
  const headingId = useId();
  const figures: [string, string][] = [
    ['Paid sessions', `${row.paidSessions}${row.refundedSessions ? ` (${row.refundedSessions} refunded)` : ''}`],
    ['Clients paid', formatCents(row.grossMinor)],
    ['Refunds', row.refundsMinor ? `−${formatCents(row.refundsMinor)}` : formatCents(0)],
    ['Platform fee', row.platformFeeMinor ? `−${formatCents(row.platformFeeMinor)}` : formatCents(0)],
    ['Net to you', formatCents(row.netMinor)],
  ];
  return (
    <Paper component="li" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 2, sm: 5 }} spacing="sm" m={0}>
          {figures.map(([label, value]) => (
            <div key={label}>
              <Text component="dt" size="sm" c="dark.6">
                {label}
              </Text>
              <Text component="dd" m={0} fw={label === 'Net to you' ? 700 : 400}>
                {value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

function PayoutsCard({ payouts }: { payouts: MyEarningsQuery['myEarnings']['payouts'] }) {
  if (!payouts.hasAccount || !payouts.chargesEnabled) {
    return (
      <Alert color="yellow" variant="light" styles={READABLE} title="Payouts are not set up">
        Stripe cannot pay you yet, so clients can book only your free sessions.{' '}
        <Anchor component={Link} to={paths.therapistProfile}>
          Set up payouts on your profile page
        </Anchor>
        .
      </Alert>
    );
  }
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Payouts">
      <Stack gap={4}>
        <Title order={2} size="h4">
          Payouts
        </Title>
        <Text>{payouts.payoutsEnabled ? 'Stripe pays your earnings out to your bank account.' : 'Stripe is still checking your details: payouts start once it has.'}</Text>
        {payouts.availableMinor !== null && payouts.pendingMinor !== null ? (
          <Text>
            Available to pay out: {formatCents(payouts.availableMinor)} · On its way: {formatCents(payouts.pendingMinor)}
          </Text>
        ) : (
          <Text size="sm">Balance: {payouts.balanceNote ?? 'not reported.'}</Text>
        )}
      </Stack>
    </Paper>
  );
}
