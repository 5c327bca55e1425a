import 'reflect-metadata';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import cluster from 'node:cluster';
import { performance } from 'node:perf_hooks';
import { DEMO_ACCOUNTS } from '../../../prisma-free-schema/seeders/demo-accounts';
import { seedDemoDataOnce } from '../../../prisma-free-schema/seeders/DemoSeeder';
import { ApiProcessFailed, startApiProcesses, tellPrimary } from './api-processes';
import { AccountsService } from './auth/accounts.service';
import { createApp } from './bootstrap';
import { loadKeyring } from './common/encryption/keyring';
import { AppConfig, ConfigError, loadConfig } from './config/config.schema';
import { connectDatabase, migrate } from './database/database-connection';
import { inContextOfItsOwn } from './database/request-context';
import { SearchWarmUp } from './matching/search/search-warm-up';
import { onboardDemoTherapists } from './payments/demo-payouts';
import { startLocalStripe } from './payments/local-stripe';

// Boot messages go to stderr as plain lines; request logs are structured JSON from pino.
const say = (message: string) => process.stderr.write(`[rapport] ${message}\n`);

let stopDatabase: () => Promise<void> = async () => undefined;
let stopStripe: () => Promise<void> = async () => undefined;
let stopProcesses: () => Promise<void> = async () => undefined;

async function main(): Promise<void> {
  if (cluster.isWorker) return serveAsOneOfSeveral();
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
  const stop = async (signal: string, exitCode = 0) => {
    say(`${signal}, shutting down`);
    // The API processes close their apps before the database they use stops.
    await stopProcesses();
    await app?.close();
    await stopStripe();
    await database.stop();
    process.exit(exitCode);
  };
  process.once('SIGINT', () => void stop('SIGINT received'));
  process.once('SIGTERM', () => void stop('SIGTERM received'));
  if (database.embedded) say(`embedded PostgreSQL running (data in ${config.EMBEDDED_PG_DIR})`);

  if (config.MIGRATE_ON_START ?? database.embedded) {
    const applied = await migrate(database.url);
    if (applied.length) say(`applied migrations: ${applied.join(', ')}`);
  }

  const seed = config.SEED_DEMO_DATA ?? database.embedded;
  const provisionAdmin = Boolean(config.ADMIN_EMAIL && config.ADMIN_PASSWORD);
  // Several processes: this one seeds and provisions (once, before any serves), then starts them.
  if (config.API_PROCESSES === 1 || seed || provisionAdmin) app = await createApp({ config, databaseUrl: database.url });
  if (app && seed) {
    const seeded = await seedDemoDataOnce(app.get(EntityManager).fork());
    if (seeded) say('seeded demo data');
    // The demo's paid sessions can be paid on the emulator's checkout page (never against real Stripe).
    if (seeded && localStripe) say(`demo therapists' payouts onboarded on the Stripe emulator: ${await onboardDemoTherapists(app, localStripe.control)}`);
  }
  if (app && provisionAdmin) {
    // Never promotes an existing client or therapist: that stops the boot with a message
    // (promote deliberately with `npm run admin:create -- … --promote-existing`).
    const { outcome } = await inContextOfItsOwn(app.get(MikroORM).em, () =>
      app!.get(AccountsService).provisionAdmin({ email: config.ADMIN_EMAIL!, password: config.ADMIN_PASSWORD!, promoteExisting: false, source: 'environment' }),
    );
    if (outcome === 'create') say(`created the admin account ${config.ADMIN_EMAIL}`);
    if (outcome === 'reset-password') say(`reset the password of the admin account ${config.ADMIN_EMAIL} (its sessions ended)`);
  }

  const url = config.PUBLIC_URL ?? `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`;
  const sayReady = (suffix: string) => say(`ready in ${Math.round(performance.now() - startedAt)} ms: ${url}  (GraphQL at ${url}/graphql)${suffix}`);
  if (config.API_PROCESSES > 1) {
    await app?.close();
    app = null;
    // A generated development key is written once, here, before the processes read it.
    loadKeyring(config);
    const processes = startApiProcesses(config.API_PROCESSES, environmentOfEach(config, database.url), say);
    stopProcesses = processes.stop;
    void processes.crashLooping.then((reason) => stop(reason, 1));
    await processes.listening;
    sayReady(`, ${config.API_PROCESSES} API processes`);
    if (config.SEARCH_WARM_ON_START) {
      void processes.warmed.then((warmths) => {
        const warmed = warmths.filter((warmth) => warmth !== null);
        if (warmed.length === warmths.length) say(`search warmed in ${Math.max(...warmed.map((warmth) => warmth.milliseconds))} ms: ${warmed[0].stateRows} state rows, ${warmed[0].projectionRows} read-model rows in each of ${warmed.length} processes`);
      });
    }
  } else {
    await app!.listen(config.PORT, config.HOST).catch((error: NodeJS.ErrnoException) => {
      throw portError(config, error);
    });
    sayReady('');
    if (config.SEARCH_WARM_ON_START) {
      // In the background: searches are answered meanwhile, reading what they need as they would anyway.
      void app!.get(SearchWarmUp).start().then((warmth) => {
        if (warmth) say(`search warmed in ${warmth.milliseconds} ms: ${warmth.stateRows} state rows, ${warmth.projectionRows} read-model rows`);
      });
    }
  }
  if (database.embedded) {
    say(`demo client: ${DEMO_ACCOUNTS.client.email} / ${DEMO_ACCOUNTS.client.password}`);
    say(`demo admin:  ${DEMO_ACCOUNTS.admin.email} / ${DEMO_ACCOUNTS.admin.password}`);
    say(`demo therapist: ${DEMO_ACCOUNTS.therapist.email} / ${DEMO_ACCOUNTS.therapist.password}`);
  }
}

/**
 * One of API_PROCESSES processes (a cluster worker of the process `npm start` ran): the app alone,
 * on the database and Stripe the starting process set up, telling it when it listens and has warmed.
 * It closes its app on SIGINT or SIGTERM (the starting process sends SIGTERM when it stops).
 */
async function serveAsOneOfSeveral(): Promise<void> {
  const config = loadConfig();
  const app = await createApp({ config, databaseUrl: config.DATABASE_URL! });
  let closing: Promise<void> | null = null;
  // Ctrl-C in a terminal signals every process, and the starting one then sends SIGTERM: one close.
  const close = () =>
    (closing ??= app.close().then(() => process.exit(0)));
  process.once('SIGINT', () => void close());
  process.once('SIGTERM', () => void close());
  await app.listen(config.PORT, config.HOST).catch((error: NodeJS.ErrnoException) => {
    // Stopped while it was starting: closing the app ends the process, with nothing to report.
    if (closing) return new Promise<never>(() => undefined);
    throw portError(config, error);
  });
  tellPrimary({ kind: 'listening' });
  if (config.SEARCH_WARM_ON_START) void app.get(SearchWarmUp).start().then((warmth) => tellPrimary({ kind: 'warmed', warmth }));
}

/**
 * What each API process runs with: this process's environment, its database (embedded or not) and
 * Stripe emulator, and nothing to do once: migrations, the demo data and the admin account are done.
 */
function environmentOfEach(config: AppConfig, databaseUrl: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, MIGRATE_ON_START: 'false', SEED_DEMO_DATA: 'false' };
  if (config.stripeEmulated) env.STRIPE_EMULATOR_URL = config.STRIPE_EMULATOR_URL;
  delete env.ADMIN_EMAIL;
  delete env.ADMIN_PASSWORD;
  return env;
}

function portError(config: AppConfig, error: NodeJS.ErrnoException): Error {
  return error.code === 'EADDRINUSE' ? new ConfigError(`Port ${config.PORT} on ${config.HOST} is in use. Set PORT to a free port.`) : error;
}

main().catch(async (error: unknown) => {
  const message = error instanceof ConfigError || error instanceof ApiProcessFailed ? error.message : `failed to start: ${error instanceof Error ? error.message : String(error)}`;
  say(message);
  // One of several processes: the starting one says why the API did not start, and stops.
  await tellPrimary({ kind: 'failed', message });
  await stopProcesses().catch(() => undefined);
  await stopStripe().catch(() => undefined);
  await stopDatabase().catch(() => undefined);
  process.exit(1);
});
