import { ConfigError, loadConfig } from './config.schema';

describe('loadConfig', () => {
  it('gives working defaults for an empty environment (embedded database, port 3000)', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, NODE_ENV: 'development', isProduction: false });
    expect(config).toMatchObject({ PUBLIC_QUERY_RATE_LIMIT_PER_MINUTE: 60, SIGNED_IN_QUERY_RATE_LIMIT_PER_MINUTE: 300 });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ PORT: 'eighty' }, /^Invalid configuration: PORT: /],
    [{ DATABASE_URL: 'mysql://localhost/db' }, /^Invalid configuration: DATABASE_URL: expected a postgres:\/\//],
    [{ NODE_ENV: 'staging' }, /^Invalid configuration: NODE_ENV: /],
    [{ ADMIN_EMAIL: 'not-an-email', ADMIN_PASSWORD: 'long-enough-pass' }, /^Invalid configuration: ADMIN_EMAIL: /],
    [{ ADMIN_EMAIL: 'boss@example.com' }, /^Invalid configuration: ADMIN_PASSWORD: required when ADMIN_EMAIL is set$/],
    [{ MIGRATE_ON_START: 'perhaps' }, /^Invalid configuration: MIGRATE_ON_START: /],
    [{ SESSION_IDLE_MINUTES: '2' }, /^Invalid configuration: SESSION_IDLE_MINUTES: /],
    [{ SESSION_IDLE_MINUTES: 'soon' }, /^Invalid configuration: SESSION_IDLE_MINUTES: /],
    [{ TRUSTED_PROXIES: 'true' }, /^Invalid configuration: TRUSTED_PROXIES: "true" is not an IP address/],
    [{ TRUSTED_PROXIES: 'loopback, 10.0.0.0/33' }, /^Invalid configuration: TRUSTED_PROXIES: "10.0.0.0\/33" is not/],
    [{ TRUSTED_PROXIES: ' , ' }, /^Invalid configuration: TRUSTED_PROXIES: expected none, a hop count/],
    [{ PUBLIC_QUERY_RATE_LIMIT_PER_MINUTE: '0' }, /^Invalid configuration: PUBLIC_QUERY_RATE_LIMIT_PER_MINUTE: /],
    [{ SIGNED_IN_QUERY_RATE_LIMIT_PER_MINUTE: 'lots' }, /^Invalid configuration: SIGNED_IN_QUERY_RATE_LIMIT_PER_MINUTE: /],
    [{ CALENDAR_IMPORT_RATE_LIMIT_PER_MINUTE: '-1' }, /^Invalid configuration: CALENDAR_IMPORT_RATE_LIMIT_PER_MINUTE: /],
    [{ SMTP_URL: 'http://mail.example.com' }, /^Invalid configuration: SMTP_URL: expected an smtp:\/\/ or smtps:\/\/ URL$/],
    [{ SMTP_URL: 'mail.example.com:587' }, /^Invalid configuration: SMTP_URL: /],
    [{ MAIL_FROM: 'not an address' }, /^Invalid configuration: MAIL_FROM: expected an address or Name <address>$/],
    [{ MAIL_FROM: 'Rapport <care@example.com>\r\nBcc: x@example.com' }, /^Invalid configuration: MAIL_FROM: /],
    [{ STRIPE_SECRET_KEY: 'sk_live_abc123' }, /^Invalid configuration: STRIPE_WEBHOOK_SECRET: required when STRIPE_SECRET_KEY is set/],
    [{ STRIPE_SECRET_KEY: 'pk_test_abc123', STRIPE_WEBHOOK_SECRET: 'whsec_x' }, /^Invalid configuration: STRIPE_SECRET_KEY: expected a Stripe secret key/],
    [{ STRIPE_SECRET_KEY: 'sk_test_abc', STRIPE_WEBHOOK_SECRET: 'secret' }, /^Invalid configuration: STRIPE_WEBHOOK_SECRET: expected a webhook signing secret/],
    [{ STRIPE_SECRET_KEY: 'sk_live_abc', STRIPE_WEBHOOK_SECRET: 'whsec_x' }, /^Invalid configuration: STRIPE_SECRET_KEY: a live key outside production/],
    [{ FAR_SESSION_PAYMENT_DEADLINE_HOURS: '72' }, /^Invalid configuration: FAR_SESSION_PAYMENT_DEADLINE_HOURS: must be less than FAR_SESSION_CHARGE_HOURS_BEFORE/],
    [{ FAR_SESSION_AUTHORIZATION_DAYS: '2' }, /^Invalid configuration: FAR_SESSION_CHARGE_HOURS_BEFORE: must be at most FAR_SESSION_AUTHORIZATION_DAYS in hours/],
    [{ FAR_SESSION_AUTHORIZATION_DAYS: '8' }, /^Invalid configuration: FAR_SESSION_AUTHORIZATION_DAYS: /],
    [{ CURRENCY: 'eur' }, /^Invalid configuration: CURRENCY: expected usd/],
    [{ PLATFORM_FEE_BASIS_POINTS: '10001' }, /^Invalid configuration: PLATFORM_FEE_BASIS_POINTS: /],
    [{ JOBS_POLL_INTERVAL_SECONDS: '0.1' }, /^Invalid configuration: JOBS_POLL_INTERVAL_SECONDS: /],
    [
      { PUBLIC_QUERY_RATE_LIMIT_PER_MINUTE: '100', SIGNED_IN_QUERY_RATE_LIMIT_PER_MINUTE: '50' },
      /^Invalid configuration: SIGNED_IN_QUERY_RATE_LIMIT_PER_MINUTE: must be at least PUBLIC_QUERY_RATE_LIMIT_PER_MINUTE$/,
    ],
  ])('stops on %j with one line naming the variable', (environment, message) => {
    expect(() => loadConfig(environment)).toThrow(ConfigError);
    expect(() => loadConfig(environment)).toThrow(message);
    try {
      loadConfig(environment);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('idles sessions out after 30 minutes and trusts only loopback proxies unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ SESSION_IDLE_MINUTES: 30, TRUSTED_PROXIES: ['loopback'] });
  });

  it.each([
    ['none', false],
    ['1', 1],
    ['loopback, 10.0.0.0/8 ,192.0.2.7, fd00::/8', ['loopback', '10.0.0.0/8', '192.0.2.7', 'fd00::/8']],
  ])('reads TRUSTED_PROXIES=%j as the Express trust proxy value %j', (value, expected) => {
    expect(loadConfig({ TRUSTED_PROXIES: value }).TRUSTED_PROXIES).toEqual(expected);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ ADMIN_EMAIL: '', ADMIN_PASSWORD: '', PORT: '' })).toMatchObject({ PORT: 3000 });
  });

  it('marks production, where health-data keys are required', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/^Invalid configuration: DATA_ENCRYPTION_KEYS: required in production/);
    expect(loadConfig({ NODE_ENV: 'production', DATA_ENCRYPTION_KEYS: 'k1:x' }).isProduction).toBe(true);
  });

  it('keeps mail in the local mailbox only outside production and without SMTP_URL', () => {
    expect(loadConfig({})).toMatchObject({ localMailboxEnabled: true, MAIL_FROM: 'Rapport <no-reply@rapport.invalid>', JOBS_POLL_INTERVAL_SECONDS: 2 });
    expect(loadConfig({ SMTP_URL: 'smtps://user:secret@mail.example.com:465', MAIL_FROM: 'care@example.com' })).toMatchObject({
      localMailboxEnabled: false,
      SMTP_URL: 'smtps://user:secret@mail.example.com:465',
      MAIL_FROM: 'care@example.com',
    });
    expect(loadConfig({ NODE_ENV: 'production', DATA_ENCRYPTION_KEYS: 'k1:x' }).localMailboxEnabled).toBe(false);
    expect(loadConfig({ JOBS_POLL_INTERVAL_SECONDS: '0.5' }).JOBS_POLL_INTERVAL_SECONDS).toBe(0.5);
  });

  it('points the stripe SDK at the emulator without a key, and at Stripe with one', () => {
    expect(loadConfig({})).toMatchObject({ stripeEmulated: true, CURRENCY: 'usd', STRIPE_EMULATOR_URL: 'http://127.0.0.1:12111' });
    expect(loadConfig({ STRIPE_SECRET_KEY: 'sk_test_abc', STRIPE_WEBHOOK_SECRET: 'whsec_abc' }).stripeEmulated).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DATA_ENCRYPTION_KEYS: 'k1:x', STRIPE_SECRET_KEY: 'sk_live_abc', STRIPE_WEBHOOK_SECRET: 'whsec_abc' }).stripeEmulated).toBe(false);
  });
});
