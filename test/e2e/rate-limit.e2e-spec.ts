import { AuditEvent } from '../../apps/api/src/audit/audit-event.entity';
import { errorCode, graphql } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';

const LOG_IN = `mutation LogIn($input: LogInInput!) { logIn(input: $input) { token } }`;
const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { token } }`;
const LIMIT = 3;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ env: { AUTH_RATE_LIMIT_PER_MINUTE: String(LIMIT) } });
});
afterAll(() => app.close());

it(`allows ${LIMIT} log-in attempts per email a minute, then answers TOO_MANY_REQUESTS`, async () => {
  const attempt = () => graphql(app.baseUrl, LOG_IN, { input: { email: 'target@example.com', password: 'guess-guess-guess' } });
  for (let i = 0; i < LIMIT; i++) expect(errorCode(await attempt())).toBe('UNAUTHENTICATED');
  const limited = await attempt();
  expect(errorCode(limited)).toBe('TOO_MANY_REQUESTS');
  expect(limited.errors?.[0].message).toMatch(/Too many attempts/);
});

it('limits sign-ups per IP as well, across different emails', async () => {
  // The log-in attempts above came from the same IP but through another operation's key.
  const results: (string | undefined)[] = [];
  for (let i = 0; i < LIMIT + 1; i++) {
    const response = await graphql(app.baseUrl, SIGN_UP, {
      input: { email: `new${i}@example.com`, password: 'quiet-river-stones', role: 'CLIENT' },
    });
    results.push(errorCode(response));
  }
  expect(results.slice(0, LIMIT)).toEqual(Array(LIMIT).fill(undefined));
  expect(results[LIMIT]).toBe('TOO_MANY_REQUESTS');
});

it('limits changePassword guesses per account as well as per IP, auditing each wrong guess', async () => {
  const CHANGE = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { otherSessionsEnded } }`;
  // Each step comes "through the load balancer" from its own client IP, so the per-IP
  // limits the tests above used up do not interfere.
  const signUp = async (email: string, forwardedFor: string) =>
    (await graphql(app.baseUrl, SIGN_UP, { input: { email, password: 'quiet-river-stones', role: 'CLIENT' } }, { forwardedFor })).data!.signUp.token as string;
  const target = await signUp('guessed@example.com', '198.51.100.1');
  const bystander = await signUp('bystander@example.com', '198.51.100.2');
  const guess = (token: string, forwardedFor: string, attempt: number) =>
    graphql(app.baseUrl, CHANGE, { input: { currentPassword: `guess-number-${attempt}`, newPassword: 'amber-lighthouse-evening' } }, { token, forwardedFor });

  const codes: (string | undefined)[] = [];
  for (let attempt = 0; attempt <= LIMIT; attempt++) codes.push(errorCode(await guess(target, '198.51.100.3', attempt)));
  expect(codes).toEqual([...Array(LIMIT).fill('BAD_USER_INPUT'), 'TOO_MANY_REQUESTS']);
  // From a fresh IP the account is still held back; another account from that IP is not.
  expect(errorCode(await guess(target, '198.51.100.4', 99))).toBe('TOO_MANY_REQUESTS');
  expect(errorCode(await guess(bystander, '198.51.100.4', 1))).toBe('BAD_USER_INPUT');
  const failures = await app.em().count(AuditEvent, { action: 'user.password_change_failed' });
  expect(failures).toBe(LIMIT + 1);
});
