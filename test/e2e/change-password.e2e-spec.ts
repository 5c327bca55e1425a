import { AuditEvent } from '../../apps/api/src/audit/audit-event.entity';
import { AuthSession } from '../../apps/api/src/auth/entities/auth-session.entity';
import { signUpAs, TEST_PASSWORD, TestAccount } from '../support/accounts';
import { errorCode, graphql } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';

const CHANGE = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { user { id } otherSessionsEnded } }`;
const LOG_IN = `mutation ($input: LogInInput!) { logIn(input: $input) { token } }`;
const ME = `{ me { id } }`;
const NEW_PASSWORD = 'amber-lighthouse-evening';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const logIn = async (email: string, password: string) => (await graphql(app.baseUrl, LOG_IN, { input: { email, password } })).data?.logIn.token as string | undefined;
const signedIn = async (token: string) => (await graphql(app.baseUrl, ME, {}, { token })).data?.me?.id ?? null;

describe('changePassword', () => {
  it('needs a signed-in caller', async () => {
    expect(errorCode(await graphql(app.baseUrl, CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } }))).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['a wrong current password', { currentPassword: 'not-the-password-at-all', newPassword: NEW_PASSWORD }, 'currentPassword', /not your current password/],
    ['an empty current password', { currentPassword: '', newPassword: NEW_PASSWORD }, 'currentPassword', /current password/],
    ['a short new password', { currentPassword: TEST_PASSWORD, newPassword: 'short' }, 'newPassword', /at least 10/],
    ['a common new password', { currentPassword: TEST_PASSWORD, newPassword: 'password123' }, 'newPassword', /too common/],
    ['the same password again', { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }, 'newPassword', /not your current one/],
  ])('refuses %s, naming the field and changing nothing', async (_case, input, field, message) => {
    const account = await signUpAs(app, 'CLIENT');
    const response = await graphql(app.baseUrl, CHANGE, { input }, account);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.field).toBe(field);
    expect(response.errors?.[0].message).toMatch(message);
    expect(await logIn(account.email, TEST_PASSWORD)).toBeDefined();
    expect(await app.em().count(AuditEvent, { action: 'user.password_changed', subjectId: account.id })).toBe(0);
  });

  it('changes the password, ends every other session, keeps this one, and audits it', async () => {
    const account = await signUpAs(app, 'THERAPIST');
    const otherDevice = (await logIn(account.email, TEST_PASSWORD))!;
    const changed = await graphql(app.baseUrl, CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } }, account);
    expect(changed.errors).toBeUndefined();
    expect(changed.data?.changePassword).toEqual({ user: { id: account.id }, otherSessionsEnded: 1 });

    expect(await signedIn(account.token)).toBe(account.id);
    expect(await signedIn(otherDevice)).toBeNull();
    expect(await logIn(account.email, TEST_PASSWORD)).toBeUndefined();
    expect(await logIn(account.email, NEW_PASSWORD)).toBeDefined();

    const [event] = await app.em().find(AuditEvent, { action: 'user.password_changed', subjectId: account.id }, { populate: ['actor'] });
    expect(event.actor?.id).toBe(account.id);
    expect(event.details).toEqual({ source: 'self', sessionsRevoked: 1, ip: '127.0.0.1' });
    const live = await app.em().count(AuthSession, { user: account.id, revokedAt: null });
    expect(live).toBe(2); // this one, and the log-in with the new password
  });
});
