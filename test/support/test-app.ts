import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { EntityManager } from '@mikro-orm/postgresql';
import { startStripeEmulator, type RunningStripeEmulator } from '@rapport/stripe-emulator';
import { createApp } from '../../apps/api/src/bootstrap';
import { HoldExpiryJob } from '../../apps/api/src/bookings/hold-expiry.job';
import { Clock } from '../../apps/api/src/common/clock';
import { loadConfig } from '../../apps/api/src/config/config.schema';
import { LicenseExpiryJob } from '../../apps/api/src/licensing/license-expiry.job';
import { EMULATOR_WEBHOOK_SECRET } from '../../apps/api/src/payments/stripe-client';
import { FixedClock } from './fixed-clock';
import { createTestDatabase } from './test-database';

// One key per test run: ciphertexts from one run are never read by another.
const TEST_KEYS = `test1:${randomBytes(32).toString('base64')}`;

export interface TestApp {
  baseUrl: string;
  app: NestExpressApplication;
  /** The app's Stripe: an in-memory emulator on a free port, its webhooks sent to this app (drive it with `stripe.control`). */
  stripe: RunningStripeEmulator;
  /** A fresh EntityManager fork for arranging and asserting on data. */
  em(): EntityManager;
  close(): Promise<void>;
}

/**
 * The real application (every module, guard and filter) on a fresh database,
 * listening on a random loopback port and serving the built web app at `/`.
 */
export async function startTestApp(options: { env?: Record<string, string>; clock?: Clock } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  // Webhooks retry quickly here; each test app has its own emulator, state in memory.
  const stripe = await startStripeEmulator({ port: 0, clock: options.clock, webhookRetry: { maxAttempts: 3, initialDelayMs: 50, maxDelayMs: 200, timeoutMs: 5_000 } });
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: database.url,
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    // Every test request comes from 127.0.0.1: only the rate-limit tests lower these.
    PUBLIC_QUERY_RATE_LIMIT_PER_MINUTE: '100000',
    SIGNED_IN_QUERY_RATE_LIMIT_PER_MINUTE: '100000',
    CALENDAR_IMPORT_RATE_LIMIT_PER_MINUTE: '100000',
    BOOKING_RATE_LIMIT_PER_MINUTE: '100000',
    WEB_DIST_DIR: 'apps/web/dist',
    DATA_ENCRYPTION_KEYS: TEST_KEYS,
    // Jobs due now run within half a second; tests that pin the clock call JobQueue.drain.
    JOBS_POLL_INTERVAL_SECONDS: '0.5',
    STRIPE_EMULATOR_URL: stripe.url,
    ...options.env,
  });
  const app = await createApp({ config, databaseUrl: database.url, clock: options.clock });
  if (options.clock instanceof FixedClock) {
    // A pinned clock moves only when the test moves it, but these sweeps fire on real time and
    // read whatever "now" the test has set at that moment: one firing while a test had jumped
    // weeks ahead expired a hold the test then made for its own day. Tests that pin the clock
    // run the sweeps themselves (`app.app.get(HoldExpiryJob).run()`).
    app.get(HoldExpiryJob).onApplicationShutdown();
    app.get(LicenseExpiryJob).onApplicationShutdown();
  }
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  stripe.control.setWebhookEndpoints([{ url: `http://127.0.0.1:${port}/webhooks/stripe`, secret: EMULATOR_WEBHOOK_SECRET }]);
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    app,
    stripe,
    em: () => app.get(EntityManager).fork(),
    close: async () => {
      await app.close();
      await stripe.stop();
      await database.drop();
    },
  };
}
