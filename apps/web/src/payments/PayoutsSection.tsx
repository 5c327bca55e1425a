import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { ErrorAlert } from '../layout/ErrorAlert';
import { myPayoutStatusQuery, PAYOUT_CONTEXT, refreshPayoutStatusMutation, startPayoutOnboardingMutation } from './payments.operations';

/**
 * Payouts on the therapist's profile page: whether Stripe can pay them, and the
 * button to set it up. Until charges are enabled only free session types can be booked.
 */
export function PayoutsSection() {
  const headingId = useId();
  const [{ data, error }] = useQuery({ query: myPayoutStatusQuery, requestPolicy: 'cache-and-network', context: PAYOUT_CONTEXT });
  const [starting, start] = useMutation(startPayoutOnboardingMutation);
  const [, refresh] = useMutation(refreshPayoutStatusMutation);
  const [actionError, setActionError] = useState<string | null>(null);

  // Back from Stripe's onboarding (?payouts=done or retry): read the account again.
  useEffect(() => {
    if (new URLSearchParams(window.location.search).has('payouts')) void refresh({});
  }, [refresh]);

  async function handleStart() {
    setActionError(null);
    const result = await start({});
    if (result.error || !result.data) {
      setActionError(result.error ? describeGraphqlError(result.error).message : 'Payout setup did not start. Try again.');
      return;
    }
    window.location.assign(result.data.startPayoutOnboarding.url);
  }

  const status = data?.myPayoutStatus;
  const ready = status?.chargesEnabled ?? false;
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md" data-testid="payouts">
      <Stack gap="xs">
        <Group gap="sm">
          <Title order={2} size="h4" id={headingId}>
            Payouts
          </Title>
          {status && (
            <Badge color={ready ? 'rapportTeal' : 'yellow'} c={ready ? 'rapportTeal.9' : 'dark.8'} variant="light" tt="none">
              {ready ? 'Ready' : status.hasAccount ? 'Setup not finished' : 'Not set up'}
            </Badge>
          )}
        </Group>
        {error && !data && <ErrorAlert title="We couldn't load your payout status" message={describeGraphqlError(error).message} />}
        {status && ready && (
          <Text>Stripe pays your session fees to your bank account{status.payoutsEnabled ? '' : ' once it has checked your details'}. Clients can book your paid sessions.</Text>
        )}
        {status && !ready && (
          <Text>
            Until payouts are set up, clients can book only your free session types. Set up payouts with Stripe (a few minutes: your legal name and a bank
            account) to offer paid sessions. Rapport never sees your bank details.
          </Text>
        )}
        {actionError && <ErrorAlert title="Payout setup did not start" message={actionError} />}
        {status && !ready && (
          <Group>
            <Button onClick={() => void handleStart()} loading={starting.fetching}>
              {status.hasAccount ? 'Continue payout setup' : 'Set up payouts'}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
