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
