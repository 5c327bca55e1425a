import { Alert, Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../app/paths';
import { myPayoutStatusQuery, PAYOUT_CONTEXT } from './payments.operations';

/** On the session types page: paid sessions cannot be booked until payouts are set up, and where to do that. */
export function PaidSessionsNotice({ hasPaidSessionTypes }: { hasPaidSessionTypes: boolean }) {
  const [{ data }] = useQuery({ query: myPayoutStatusQuery, requestPolicy: 'cache-and-network', context: PAYOUT_CONTEXT });
  if (!hasPaidSessionTypes || !data || data.myPayoutStatus.chargesEnabled) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      title="Paid sessions wait for payouts"
      role="note"
      styles={{ title: { color: 'var(--mantine-color-dark-8)' }, message: { color: 'var(--mantine-color-dark-8)' } }}
    >
      Clients can book only your free session types until Stripe can pay you.{' '}
      <Anchor component={Link} to={paths.therapistProfile}>
        Set up payouts on your profile page
      </Anchor>
      .
    </Alert>
  );
}
