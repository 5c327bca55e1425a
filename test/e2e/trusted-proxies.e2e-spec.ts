import { AuditEvent } from '../../apps/api/src/audit/audit-event.entity';
import { signUpAs, TEST_PASSWORD } from '../support/accounts';
import { errorCode, graphql } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';

// X-Forwarded-For names the client only when the hop that sent it is a trusted proxy
// (TRUSTED_PROXIES); otherwise anyone could pick a fresh IP per request and walk past
// the per-IP rate limits, or write any address into the audit log.
const LIMIT = 2;
const LOG_IN = `mutation ($input: LogInInput!) { logIn(input: $input) { token } }`;

async function loginIpsSeenBy(app: TestApp, forwardedFor: string): Promise<unknown> {
  const account = await signUpAs(app, 'CLIENT');
  await graphql(app.baseUrl, LOG_IN, { input: { email: account.email, password: TEST_PASSWORD } }, { forwardedFor });
  const [event] = await app.em().find(AuditEvent, { action: 'auth.logged_in', subjectId: account.id });
  return event.details?.ip;
}

/** Wrong-password log-ins for different emails, each "from" its own forwarded address. */
async function attemptsFromManyAddresses(app: TestApp): Promise<(string | undefined)[]> {
  const codes: (string | undefined)[] = [];
  for (let attempt = 0; attempt <= LIMIT; attempt++) {
    const response = await graphql(app.baseUrl, LOG_IN, { input: { email: `spray${attempt}@example.com`, password: 'wrong-wrong-wrong' } }, { forwardedFor: `203.0.113.${attempt + 10}` });
    codes.push(errorCode(response));
  }
  return codes;
}

describe('behind a trusted proxy (the default trusts loopback, where these requests come from)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { AUTH_RATE_LIMIT_PER_MINUTE: String(LIMIT) } });
  });
  afterAll(() => app.close());

  it('sees the client named by X-Forwarded-For, in audit events and in per-IP rate limits', async () => {
    expect(await loginIpsSeenBy(app, '203.0.113.7')).toBe('203.0.113.7');
    // Only the nearest untrusted hop counts: a client cannot pretend to be further away.
    expect(await loginIpsSeenBy(app, '198.51.100.1, 203.0.113.8')).toBe('203.0.113.8');
    expect(await attemptsFromManyAddresses(app)).toEqual(Array(LIMIT + 1).fill('UNAUTHENTICATED'));
  });
});

describe('when the connecting hop is not a trusted proxy', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { AUTH_RATE_LIMIT_PER_MINUTE: String(LIMIT), TRUSTED_PROXIES: '10.0.0.0/8' } });
  });
  afterAll(() => app.close());

  it('ignores X-Forwarded-For: one IP cannot dodge the limit, and the audit shows the real peer', async () => {
    expect(await attemptsFromManyAddresses(app)).toEqual([...Array(LIMIT).fill('UNAUTHENTICATED'), 'TOO_MANY_REQUESTS']);
    const failures = await app.em().find(AuditEvent, { action: 'auth.login_failed' });
    expect(failures.map((event) => event.details?.ip)).toEqual(Array(LIMIT).fill('127.0.0.1'));
  });
});
