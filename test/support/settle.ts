import { JobQueue } from '../../apps/api/src/jobs/job-queue';
import { OutboxProcessor } from '../../apps/api/src/outbox/outbox.processor';
import { TestApp } from './test-app';
import { waitUntil } from './wait-until';

const count = async (app: TestApp, sql: string): Promise<number> => Number((await app.em().getConnection().execute<{ n: number }[]>(sql))[0].n);

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  if (!(await waitUntil(condition, (met) => met))) throw new Error(`timed out waiting for ${what}`);
}

/**
 * Lets everything that follows a booking change finish: outbox events delivered
 * (the app's own poller may hold some, so this waits for them rather than only
 * draining), then the mail they queued delivered into the local mailbox.
 */
export async function settleBookingWork(app: TestApp): Promise<void> {
  await until(async () => {
    await app.app.get(OutboxProcessor).drain();
    return (await count(app, `select count(*)::int as n from outbox_events where processed_at is null`)) === 0;
  }, 'outbox events');
  await app.app.get(JobQueue).drain('mail.send');
  await until(async () => (await count(app, `select count(*)::int as n from pgboss.job where name = 'mail.send' and state in ('created', 'active', 'retry')`)) === 0, 'queued mail');
}
