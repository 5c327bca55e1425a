import { JobQueue } from '../../apps/api/src/jobs/job-queue';
import { OutboxProcessor } from '../../apps/api/src/outbox/outbox.processor';
import { TherapistProfile } from '../../apps/api/src/therapists/entities/therapist-profile.entity';
import { TestAccount } from './accounts';
import { graphql } from './graphql-client';
import { TestApp } from './test-app';
import { waitUntil } from './wait-until';

/** Onboards the therapist's Express account on the test app's emulator, as they would on the hosted page; returns the account id. */
export async function enablePayouts(app: TestApp, therapist: TestAccount & { profileId: string }): Promise<string> {
  const started = await graphql(app.baseUrl, `mutation { startPayoutOnboarding { url status { hasAccount } } }`, {}, therapist);
  if (started.errors) throw new Error(`startPayoutOnboarding failed: ${JSON.stringify(started.errors)}`);
  const profile = await app.em().findOneOrFail(TherapistProfile, therapist.profileId);
  await app.stripe.control.completeOnboarding(profile.stripeAccountId!);
  const refreshed = await graphql(app.baseUrl, `mutation { refreshPayoutStatus { chargesEnabled payoutsEnabled } }`, {}, therapist);
  if (!refreshed.data?.refreshPayoutStatus.chargesEnabled) throw new Error(`payouts not enabled: ${JSON.stringify(refreshed)}`);
  return profile.stripeAccountId!;
}

/**
 * Lets the emulator deliver its webhooks, runs their `payments.webhook` jobs
 * (retries too) and the outbox (which schedules far-session jobs and mail);
 * the app's own workers may be running some of it at the same time.
 */
export async function settlePaymentWork(app: TestApp): Promise<void> {
  await app.stripe.control.settleWebhooks(10_000);
  await drainWebhookJobs(app, { includeFuture: true, outbox: true });
}

/**
 * Runs the queued `payments.webhook` jobs until none is waiting or running (the app's own worker
 * may be running some): retries not yet due too with `includeFuture`, and the outbox each round
 * with `outbox`.
 */
export async function drainWebhookJobs(app: TestApp, { includeFuture = false, outbox = false, intervalMs = 100 } = {}): Promise<void> {
  const left = await waitUntil(
    async () => {
      await app.app.get(JobQueue).drain('payments.webhook', { includeFuture });
      if (outbox) await app.app.get(OutboxProcessor).drain();
      const [waiting] = await app.em().getConnection().execute(`select count(*)::int as n from pgboss.job where name = 'payments.webhook' and state in ('created', 'retry', 'active')`);
      return waiting.n as number;
    },
    (waiting) => waiting === 0,
    { intervalMs },
  );
  if (left !== 0) throw new Error(`${left} webhook jobs did not finish`);
}

/** The data of a GraphQL answer, or the errors thrown. */
export function dataOf(response: { data?: unknown; errors?: unknown }): Record<string, any> {
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data as Record<string, any>;
}

/** A Checkout Session's id from its hosted URL. */
export const sessionIdOf = (checkoutUrl: string) => checkoutUrl.split('/').pop()!;
