import { AuthSession } from '../../apps/api/src/auth/entities/auth-session.entity';
import { User } from '../../apps/api/src/auth/entities/user.entity';
import { hashSessionToken } from '../../apps/api/src/auth/session-token';
import { errorCode, graphql } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';

const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { token expiresAt user { id email role timeZone } }
}`;
const LOG_IN = `mutation LogIn($input: LogInInput!) { logIn(input: $input) { token user { email } } }`;
const ME = `{ me { id email role timeZone } }`;
const LOG_OUT = `mutation { logOut }`;

let app: TestApp;
let sequence = 0;
const uniqueEmail = () => `person${++sequence}@example.com`;
const PASSWORD = 'quiet-river-stones';

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function userCount(): Promise<number> {
  return app.em().count(User, {});
}

describe('sign up', () => {
  it('creates a client, returns a session, and sets an httpOnly SameSite=Lax cookie', async () => {
    const email = uniqueEmail();
    const response = await graphql(app.baseUrl, SIGN_UP, {
      input: { email: `  ${email.toUpperCase()} `, password: PASSWORD, role: 'CLIENT', timeZone: 'America/Chicago' },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.signUp.user).toMatchObject({ email, role: 'CLIENT', timeZone: 'America/Chicago' });
    expect(response.setCookie).toMatch(/rapport_session=[\w-]{43};/);
    expect(response.setCookie).toMatch(/HttpOnly/);
    expect(response.setCookie).toMatch(/SameSite=Lax/);
    expect(response.setCookie).not.toMatch(/Secure/); // Secure only in production
  });

  it('stores only a hash of the session token and an argon2id password hash', async () => {
    const email = uniqueEmail();
    const { data } = await graphql(app.baseUrl, SIGN_UP, { input: { email, password: PASSWORD, role: 'THERAPIST' } });
    const em = app.em();
    const session = await em.findOneOrFail(AuthSession, { tokenHash: hashSessionToken(data!.signUp.token) });
    expect(session.tokenHash).not.toContain(data!.signUp.token);
    const user = await em.findOneOrFail(User, { email }, { populate: ['passwordHash'] });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.role).toBe('THERAPIST');
  });

  it('rejects a second account for the same email in any letter case, keeping the first', async () => {
    const email = uniqueEmail();
    await graphql(app.baseUrl, SIGN_UP, { input: { email, password: PASSWORD, role: 'CLIENT' } });
    const before = await userCount();
    const response = await graphql(app.baseUrl, SIGN_UP, {
      input: { email: email.replace('person', 'PERSON'), password: 'another-long-secret', role: 'THERAPIST' },
    });
    expect(errorCode(response)).toBe('CONFLICT');
    expect(response.errors?.[0].extensions?.field).toBe('email');
    expect(await userCount()).toBe(before);
    const login = await graphql(app.baseUrl, LOG_IN, { input: { email, password: PASSWORD } });
    expect(login.data?.logIn.user.email).toBe(email);
  });

  it.each([
    ['an empty email', { email: '' }, 'email'],
    ['a malformed email', { email: 'not-an-email' }, 'email'],
    ['a short password', { password: 'short' }, 'password'],
    ['a common password', { password: 'password123' }, 'password'],
    ['a password containing the email', { email: 'marigold@example.com', password: 'xx-marigold-xx' }, 'password'],
    ['a 10 kB password', { password: 'x'.repeat(10_240) }, 'password'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
  ])('rejects %s with BAD_USER_INPUT naming the field, creating nothing', async (_case, override, field) => {
    const before = await userCount();
    const response = await graphql(app.baseUrl, SIGN_UP, {
      input: { email: uniqueEmail(), password: PASSWORD, role: 'CLIENT', ...override },
    });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.field).toBe(field);
    expect(response.errors?.[0].message.length).toBeGreaterThan(10);
    expect(await userCount()).toBe(before);
  });

  it('never creates an admin', async () => {
    const response = await graphql(app.baseUrl, SIGN_UP, { input: { email: uniqueEmail(), password: PASSWORD, role: 'ADMIN' } });
    expect(response.errors?.[0].message).toMatch(/ADMIN/);
    expect(await app.em().count(User, { role: 'ADMIN' as User['role'] })).toBe(0);
  });

  it('rejects an unknown input field by name', async () => {
    const response = await graphql(app.baseUrl, SIGN_UP, {
      input: { email: uniqueEmail(), password: PASSWORD, role: 'CLIENT', isAdmin: true },
    });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(/isAdmin/);
  });
});

describe('log in, me, log out', () => {
  let email: string;
  beforeAll(async () => {
    email = uniqueEmail();
    await graphql(app.baseUrl, SIGN_UP, { input: { email, password: PASSWORD, role: 'CLIENT' } });
  });

  it('logs in with any letter case of the email and answers me by bearer token and by cookie', async () => {
    const login = await graphql(app.baseUrl, LOG_IN, { input: { email: email.toUpperCase(), password: PASSWORD } });
    const token = login.data!.logIn.token;
    const byToken = await graphql(app.baseUrl, ME, {}, { token });
    expect(byToken.data?.me.email).toBe(email);
    const cookie = login.setCookie!.split(';')[0];
    const byCookie = await graphql(app.baseUrl, ME, {}, { cookie });
    expect(byCookie.data?.me.email).toBe(email);
  });

  it('gives one message for a wrong password and an unknown email', async () => {
    const wrongPassword = await graphql(app.baseUrl, LOG_IN, { input: { email, password: 'not-the-password' } });
    const unknownEmail = await graphql(app.baseUrl, LOG_IN, { input: { email: 'nobody@example.com', password: PASSWORD } });
    expect(errorCode(wrongPassword)).toBe('UNAUTHENTICATED');
    expect(wrongPassword.errors?.[0].message).toBe(unknownEmail.errors?.[0].message);
    expect(wrongPassword.setCookie).toBeNull();
  });

  it('answers me with null without a token', async () => {
    const response = await graphql(app.baseUrl, ME);
    expect(response.errors).toBeUndefined();
    expect(response.data?.me).toBeNull();
  });

  it('revokes the session on log out: the token stops working and the cookie is cleared', async () => {
    const login = await graphql(app.baseUrl, LOG_IN, { input: { email, password: PASSWORD } });
    const token = login.data!.logIn.token;
    const logout = await graphql(app.baseUrl, LOG_OUT, {}, { token });
    expect(logout.data?.logOut).toBe(true);
    expect(logout.setCookie).toMatch(/rapport_session=;/);
    expect((await graphql(app.baseUrl, ME, {}, { token })).data?.me).toBeNull();
    const again = await graphql(app.baseUrl, LOG_OUT, {}, { token });
    expect(errorCode(again)).toBe('UNAUTHENTICATED');
    expect(again.errors?.[0].message).toMatch(/logged out/);
  });

  it('refuses an expired session with a message saying so', async () => {
    const login = await graphql(app.baseUrl, LOG_IN, { input: { email, password: PASSWORD } });
    const token = login.data!.logIn.token;
    await app.em().nativeUpdate(AuthSession, { tokenHash: hashSessionToken(token) }, { createdAt: new Date('2020-01-01'), expiresAt: new Date('2020-01-02') });
    expect((await graphql(app.baseUrl, ME, {}, { token })).data?.me).toBeNull();
    const response = await graphql(app.baseUrl, LOG_OUT, {}, { token });
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0].message).toMatch(/expired/);
  });

  it('refuses a made-up token and a missing one', async () => {
    expect(errorCode(await graphql(app.baseUrl, LOG_OUT, {}, { token: 'made-up-token' }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await graphql(app.baseUrl, LOG_OUT))).toBe('UNAUTHENTICATED');
  });
});

describe('HTTP hygiene', () => {
  it('answers malformed JSON with a GraphQL-shaped 400 and no stack trace', async () => {
    const response = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ me { id } ',
    });
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(JSON.parse(body).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body).not.toMatch(/at .*\.js/);
  });

  it('blocks a simple GET that a cross-site page could send (CSRF prevention)', async () => {
    const response = await fetch(`${app.baseUrl}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('rejects queries nested beyond the depth limit', async () => {
    const deep = `{ __type(name: "Query") { fields { type { ${'ofType { '.repeat(12)}name${' }'.repeat(12)} } } } }`;
    const response = await graphql(app.baseUrl, deep);
    expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0].message).toMatch(/levels deep/);
  });

  it('reports health with the database checked', async () => {
    const response = await fetch(`${app.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
  });
});
