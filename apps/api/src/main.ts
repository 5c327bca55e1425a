import 'reflect-metadata';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { performance } from 'node:perf_hooks';
import { DEMO_ACCOUNTS } from '../../../prisma-free-schema/seeders/demo-accounts';
import { seedDemoDataOnce } from '../../../prisma-free-schema/seeders/DemoSeeder';
import { AccountsService } from './auth/accounts.service';
import { createApp } from './bootstrap';
import { ConfigError, loadConfig } from './config/config.schema';
import { connectDatabase, migrate } from './database/database-connection';
import { inContextOfItsOwn } from './database/request-context';
import { SearchWarmUp } from './matching/search/search-warm-up';
import { onboardDemoTherapists } from './payments/demo-payouts';
import { startLocalStripe } from './payments/local-stripe';

// Boot messages go to stderr as plain lines; request logs are structured JSON from pino.
const say = (message: string) => process.stderr.write(`[rapport] ${message}\n`);

let stopDatabase: () => Promise<void> = async () => undefined;
let stopStripe: () => Promise<void> = async () => undefined;

async function main(): Promise<void> {
  const startedAt = performance.now();
  let config = loadConfig();
  let localStripe: Awaited<ReturnType<typeof startLocalStripe>> | null = null;
  if (config.stripeEmulated) {
    // No STRIPE_SECRET_KEY: the same SDK talks to the project's Stripe emulator, started here.
    const stripe = await startLocalStripe(config);
    localStripe = stripe;
    stopStripe = stripe.stop;
    config = loadConfig({ ...process.env, STRIPE_EMULATOR_URL: stripe.url });
    say(`Stripe emulator running at ${stripe.url} (no STRIPE_SECRET_KEY; state in ${stripe.stateFile})`);
  }
  // The app stops the embedded server itself on SIGINT/SIGTERM, after closing.
  const database = await connectDatabase(config, say, { stopOnSignals: false });
  stopDatabase = database.stop;
  let app: Awaited<ReturnType<typeof createApp>> | null = null;
  const stop = async (signal: string) => {
    say(`${signal} received, shutting down`);
    await app?.close();
    await stopStripe();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  if (database.embedded) say(`embedded PostgreSQL running (data in ${config.EMBEDDED_PG_DIR})`);

  if (config.MIGRATE_ON_START ?? database.embedded) {
    const applied = await migrate(database.url);
    if (applied.length) say(`applied migrations: ${applied.join(', ')}`);
  }

  app = await createApp({ config, databaseUrl: database.url });
  const em = app.get(EntityManager);
  if (config.SEED_DEMO_DATA ?? database.embedded) {
    const seeded = await seedDemoDataOnce(em.fork());
    if (seeded) say('seeded demo data');
    // The demo's paid sessions can be paid on the emulator's checkout page (never against real Stripe).
    if (seeded && localStripe) say(`demo therapists' payouts onboarded on the Stripe emulator: ${await onboardDemoTherapists(app, localStripe.control)}`);
  }
  if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
    // Never promotes an existing client or therapist: that stops the boot with a message
    // (promote deliberately with `npm run admin:create -- … --promote-existing`).
    const { outcome } = await inContextOfItsOwn(app.get(MikroORM).em, () =>
      app.get(AccountsService).provisionAdmin({ email: config.ADMIN_EMAIL!, password: config.ADMIN_PASSWORD!, promoteExisting: false, source: 'environment' }),
    );
    if (outcome === 'create') say(`created the admin account ${config.ADMIN_EMAIL}`);
    if (outcome === 'reset-password') say(`reset the password of the admin account ${config.ADMIN_EMAIL} (its sessions ended)`);
  }

  await app.listen(config.PORT, config.HOST).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') throw new ConfigError(`Port ${config.PORT} on ${config.HOST} is in use. Set PORT to a free port.`);
    throw error;
  });
  const url = config.PUBLIC_URL ?? `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`;
  say(`ready in ${Math.round(performance.now() - startedAt)} ms: ${url}  (GraphQL at ${url}/graphql)`);
  if (config.SEARCH_WARM_ON_START) {
    // In the background: searches are answered meanwhile, reading what they need as they would anyway.
    void app.get(SearchWarmUp).start().then((warmth) => {
      if (warmth) say(`search warmed in ${warmth.milliseconds} ms: ${warmth.stateRows} state rows, ${warmth.projectionRows} read-model rows`);
    });
  }
  if (database.embedded) {
    say(`demo client: ${DEMO_ACCOUNTS.client.email} / ${DEMO_ACCOUNTS.client.password}`);
    say(`demo admin:  ${DEMO_ACCOUNTS.admin.email} / ${DEMO_ACCOUNTS.admin.password}`);
    say(`demo therapist: ${DEMO_ACCOUNTS.therapist.email} / ${DEMO_ACCOUNTS.therapist.password}`);
  }
}

main().catch(async (error: unknown) => {
  say(error instanceof ConfigError ? error.message : `failed to start: ${error instanceof Error ? error.message : String(error)}`);
  await stopStripe().catch(() => undefined);
  await stopDatabase().catch(() => undefined);
  process.exit(1);
});
