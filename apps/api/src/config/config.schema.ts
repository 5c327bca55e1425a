import { isIP } from 'node:net';
import { z } from 'zod';

// Express's named address ranges for `trust proxy`.
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An Express `trust proxy` value: a hop count, or addresses, CIDR ranges and range names. */
export type TrustProxySetting = false | number | string[];

/** 'none' | a hop count | `loopback, 10.0.0.0/8, 192.0.2.7`: anything else is an error naming the entry. */
function parseTrustedProxies(value: string, context: z.RefinementCtx): TrustProxySetting {
  const trimmed = value.trim();
  if (trimmed === 'none') return false;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const entries = trimmed.split(',').map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address, prefix, extra] = entry.split('/');
    const validPrefix = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (isIP(address) === 4 ? 32 : 128));
    if (!PROXY_RANGE_NAMES.has(entry) && (extra !== undefined || isIP(address) === 0 || !validPrefix)) {
      context.addIssue({ code: 'custom', message: `"${entry}" is not an IP address, a CIDR range, loopback, linklocal or uniquelocal (or use none, or a hop count)` });
      return z.NEVER;
    }
  }
  if (entries.length === 0) {
    context.addIssue({ code: 'custom', message: 'expected none, a hop count, or addresses and ranges separated by commas' });
    return z.NEVER;
  }
  return entries;
}

/**
 * Every setting Rapport reads from the environment, validated once at boot.
 * Nothing outside this folder reads process.env.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Public URL of the web app, used in links and the CORS origin check. */
  PUBLIC_URL: z.url().optional(),
  /** postgres://… of a real server. Unset: an embedded PostgreSQL server is started. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// or postgresql:// URL')
    .optional(),
  /** Where the embedded server keeps its data (only when DATABASE_URL is unset). */
  EMBEDDED_PG_DIR: z.string().min(1).default('.data/postgres'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  /** Apply pending migrations at boot. Defaults to on for the embedded database only. */
  MIGRATE_ON_START: z.stringbool().optional(),
  /** Seed demo data once (into an empty database). Defaults to on for the embedded database only. */
  SEED_DEMO_DATA: z.stringbool().optional(),
  /** Optional admin account created (or updated) at boot. */
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(10, 'expected at least 10 characters').optional(),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24 * 14),
  /**
   * A session unused this long stops working. 30 minutes: NIST SP 800-63B's
   * inactivity limit at AAL2, a common bar for systems holding health data.
   * At least 5, since last use is recorded at most once a minute.
   */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(30),
  /**
   * Proxies whose X-Forwarded-For is believed (Express `trust proxy`), so rate
   * limits and audit events see the real client IP behind a load balancer.
   */
  TRUSTED_PROXIES: z.string().default('loopback').transform(parseTrustedProxies),
  /** Requests per minute allowed to logIn/signUp per IP and per email. */
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /** Requests per minute to the expensive public queries (search, slots) per client IP, when not signed in. */
  PUBLIC_QUERY_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(60),
  /** The same budget for a signed-in user, counted per user; at least the anonymous one. */
  SIGNED_IN_QUERY_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(300),
  /** Calendar uploads, feed additions and refreshes per minute per user (each parses up to 1 MB of iCalendar). */
  CALENDAR_IMPORT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(5),
  /** Booking changes (hold, confirm, cancel, reschedule, series) per minute per user. */
  BOOKING_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(30),
  /** How long a hold keeps a slot for checkout, in minutes (libs/domain timing: DEFAULT_HOLD_MINUTES, HOLD_MINUTES_LIMITS). */
  BOOKING_HOLD_MINUTES: z.coerce.number().int().min(1).max(1440).default(10),
  /** Rapport's application fee on paid sessions, in basis points of the price (1000 = 10%). */
  PLATFORM_FEE_BASIS_POINTS: z.coerce.number().int().min(0).max(10_000).default(1000),
  /** Stripe secret key (sk_test_…/sk_live_…, or a restricted rk_…). Unset: the SDK talks to the local Stripe emulator. */
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_[A-Za-z0-9_]+$/, 'expected a Stripe secret key (sk_test_…, sk_live_…, rk_test_… or rk_live_…)')
    .optional(),
  /** Signing secret of the webhook endpoint (whsec_…); required with STRIPE_SECRET_KEY. */
  STRIPE_WEBHOOK_SECRET: z.string().regex(/^whsec_[A-Za-z0-9_]+$/, 'expected a webhook signing secret (whsec_…)').optional(),
  /** Where the local Stripe emulator listens (set by main.ts and the tests when they start it); ignored with STRIPE_SECRET_KEY. */
  STRIPE_EMULATOR_URL: z.url({ protocol: /^http$/, error: 'expected an http:// URL of the Stripe emulator' }).default('http://127.0.0.1:12111'),
  /** Authorization window in days: a paid session starting later than this saves the card now (setup mode) and is charged by a job. */
  FAR_SESSION_AUTHORIZATION_DAYS: z.coerce.number().int().min(1).max(7).default(6),
  /** How long before a far session its saved card is charged off-session, in hours. */
  FAR_SESSION_CHARGE_HOURS_BEFORE: z.coerce.number().int().min(2).max(168).default(72),
  /** A far session whose charge failed must be paid this many hours before it starts, or it is cancelled. */
  FAR_SESSION_PAYMENT_DEADLINE_HOURS: z.coerce.number().int().min(1).max(167).default(24),
  /** Reconciliation compares Stripe objects created within this many hours with local payments. */
  RECONCILIATION_WINDOW_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(72),
  /** How often the reconciliation job runs, in minutes (0: only when an admin or `npm run payments:reconcile` asks). */
  RECONCILIATION_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(24 * 60).default(15),
  /** Currency of every price and payment (ISO 4217, lower case). */
  CURRENCY: z.enum(['usd'], { error: 'expected usd (the marketplace is US-only)' }).default('usd'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Keys for health data at rest: `id:base64(32 bytes)`, comma-separated; the first is current. Required in production. */
  DATA_ENCRYPTION_KEYS: z.string().min(1).optional(),
  /** Which of DATA_ENCRYPTION_KEYS seals new values (defaults to the first). */
  DATA_ENCRYPTION_KEY_ID: z.string().min(1).optional(),
  /** Meilisearch server (http://host:7700). Set: search uses Meilisearch. Unset: the Postgres engine. */
  MEILI_HOST: z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' }).optional(),
  /**
   * Meilisearch master key. Only `npm run search:key` (the compose `meili-key` service) needs it in
   * production, to create the scoped key the API uses; without a scoped key the API falls back to it
   * (development). Meilisearch itself refuses to start in production with one shorter than 16 bytes.
   */
  MEILI_MASTER_KEY: z.string().min(1).optional(),
  /** A scoped key (search, documents, settings and tasks of MEILI_INDEX only) for the API and the reindex. */
  MEILI_API_KEY: z.string().min(1).optional(),
  /** A file holding the scoped key (written by `npm run search:key`); read when MEILI_API_KEY is unset. */
  MEILI_API_KEY_FILE: z.string().min(1).optional(),
  /** Name of the therapists index, so several environments can share one Meilisearch server. */
  MEILI_INDEX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,400}$/, 'expected letters, digits, - and _ only')
    .default('therapists'),
  /**
   * How long one process may reuse a search's candidates, total and facets while the read model is
   * unchanged (any committed change ends it at once), in seconds; 0 turns the cache off.
   * Postgres engine only.
   */
  SEARCH_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  /**
   * How long a kept whole search answer (or ranking, for its further pages) may still be used after
   * the open times or ratings it ranked on changed, in seconds (never past SEARCH_CACHE_SECONDS);
   * 0, the default, uses none (exact).
   * Other changes (profiles, licenses, session types, what a search filters on) end it at once.
   */
  SEARCH_AVAILABILITY_LAG_SECONDS: z.coerce.number().int().min(0).max(300).default(0),
  /**
   * How many search read-model rows each API process keeps parsed between searches (least recently
   * used leave first), each checked against its row version on every use; 0 reads every row each time.
   * At least the listed therapists: searches with varied words reach most of them, and at 20,000 of
   * 100,000 they were read and parsed again most searches (half the throughput side by side).
   */
  SEARCH_ROW_CACHE_ROWS: z.coerce.number().int().min(0).max(1_000_000).default(100_000),
  /**
   * Whether `npm start` (main.ts) reads every state's rows and the read-model rows (up to
   * SEARCH_ROW_CACHE_ROWS) into the process in the background once it listens, so its first searches
   * of any words cost what a long-running process's do. Postgres engine; off reads them as searches ask.
   */
  SEARCH_WARM_ON_START: z.stringbool().default(true),
  /**
   * How many API processes `npm start` (main.ts) runs on this machine, all on PORT (node:cluster):
   * a Node process runs JavaScript on one core. 1 serves from the starting process itself.
   */
  API_PROCESSES: z.coerce.number().int().min(1).max(64).default(1),
  /** How often each replica asks PostgreSQL, in one statement, which job names have a job due (0.5 at least); their workers then fetch. */
  JOBS_POLL_INTERVAL_SECONDS: z.coerce.number().min(0.5).max(300).default(2),
  /** smtp:// or smtps:// URL (user and password in it) of the mail server. Unset: mail is kept in the local mailbox. */
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: 'expected an smtp:// or smtps:// URL' })
    .optional(),
  /** Sender of every message: an address, or `Name <address>`. */
  MAIL_FROM: z
    .string()
    .regex(/^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, 'expected an address or Name <address>')
    .default('Rapport <no-reply@rapport.invalid>'),
  /** How long a waitlist offer holds the opened time for the client, in minutes (never past the session's start). */
  WAITLIST_OFFER_MINUTES: z.coerce.number().int().min(5).max(2880).default(120),
  /** Video rooms for sessions whose type has no link of its own: this https base + a random room id per booking. */
  VIDEO_ROOM_BASE_URL: z
    .url({ protocol: /^https$/, error: 'expected an https:// URL' })
    .default('https://meet.jit.si/'),
  /** Folder of the built web app served at `/`. */
  WEB_DIST_DIR: z.string().min(1).default('apps/web/dist'),
});

export type AppConfig = Readonly<z.infer<typeof configSchema>> & {
  readonly isProduction: boolean;
  /** Outside production with no SMTP_URL: mail is kept in `local_mailbox` and shown on the /mailbox page. */
  readonly localMailboxEnabled: boolean;
  /** No STRIPE_SECRET_KEY: the stripe SDK is pointed at the local emulator (STRIPE_EMULATOR_URL). */
  readonly stripeEmulated: boolean;
};

export class ConfigError extends Error {}

/** Parses the environment; throws a one-line ConfigError naming the variable. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable (FOO= in an .env file or compose) means "not set".
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
  const result = configSchema.safeParse(present);
  if (!result.success) {
    const issue = result.error.issues[0];
    const variable = issue.path.join('.') || '(environment)';
    throw new ConfigError(`Invalid configuration: ${variable}: ${issue.message}`);
  }
  if (result.data.ADMIN_EMAIL && !result.data.ADMIN_PASSWORD) {
    throw new ConfigError('Invalid configuration: ADMIN_PASSWORD: required when ADMIN_EMAIL is set');
  }
  if (result.data.SIGNED_IN_QUERY_RATE_LIMIT_PER_MINUTE < result.data.PUBLIC_QUERY_RATE_LIMIT_PER_MINUTE) {
    throw new ConfigError('Invalid configuration: SIGNED_IN_QUERY_RATE_LIMIT_PER_MINUTE: must be at least PUBLIC_QUERY_RATE_LIMIT_PER_MINUTE');
  }
  if (result.data.NODE_ENV === 'production' && !result.data.DATA_ENCRYPTION_KEYS) {
    throw new ConfigError('Invalid configuration: DATA_ENCRYPTION_KEYS: required in production (id:base64 of 32 random bytes)');
  }
  if (result.data.STRIPE_SECRET_KEY && !result.data.STRIPE_WEBHOOK_SECRET) {
    throw new ConfigError('Invalid configuration: STRIPE_WEBHOOK_SECRET: required when STRIPE_SECRET_KEY is set (the whsec_… of the webhook endpoint, or of `stripe listen`)');
  }
  const isProduction = result.data.NODE_ENV === 'production';
  if (result.data.FAR_SESSION_PAYMENT_DEADLINE_HOURS >= result.data.FAR_SESSION_CHARGE_HOURS_BEFORE) {
    throw new ConfigError('Invalid configuration: FAR_SESSION_PAYMENT_DEADLINE_HOURS: must be less than FAR_SESSION_CHARGE_HOURS_BEFORE (the client needs time to pay after a failed charge)');
  }
  if (result.data.FAR_SESSION_CHARGE_HOURS_BEFORE > result.data.FAR_SESSION_AUTHORIZATION_DAYS * 24) {
    throw new ConfigError('Invalid configuration: FAR_SESSION_CHARGE_HOURS_BEFORE: must be at most FAR_SESSION_AUTHORIZATION_DAYS in hours (a far session is charged after it is booked)');
  }
  if (!isProduction && result.data.STRIPE_SECRET_KEY?.includes('_live_')) {
    throw new ConfigError(`Invalid configuration: STRIPE_SECRET_KEY: a live key outside production (NODE_ENV=${result.data.NODE_ENV}); use a test key`);
  }
  return Object.freeze({
    ...result.data,
    isProduction,
    localMailboxEnabled: !isProduction && !result.data.SMTP_URL,
    stripeEmulated: !result.data.STRIPE_SECRET_KEY,
  });
}
