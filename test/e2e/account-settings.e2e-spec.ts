import { AuditEvent } from '../../apps/api/src/audit/audit-event.entity';
import { AuthSession } from '../../apps/api/src/auth/entities/auth-session.entity';
import { User } from '../../apps/api/src/auth/entities/user.entity';
import { JobQueue } from '../../apps/api/src/jobs/job-queue';
import { MAIL_SEND } from '../../apps/api/src/mail/mailer';
import { createAdmin, logInAgain, signUpAs, TEST_PASSWORD, TestAccount } from '../support/accounts';
import { bookFree, createBookableTherapist } from '../support/bookings';
import { FixedClock } from '../support/fixed-clock';
import { errorCode, graphql } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';

const NOW = '2026-03-02T12:00:00.000Z';
const TUE_1000 = '2026-03-03T15:00:00.000Z';
const clock = new FixedClock(new Date(NOW));

const CHANGE_EMAIL = `mutation ($input: ChangeEmailInput!) { changeEmail(input: $input) { id email } }`;
const CHANGE_ZONE = `mutation ($input: ChangeTimeZoneInput!) { changeTimeZone(input: $input) { id timeZone } }`;
const REQUEST_RESET = `mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const RESET = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const EXPORT = `mutation { exportMyData { fileName json } }`;
const DELETE = `mutation ($input: DeleteAccountInput!) { deleteMyAccount(input: $input) { bookingsCancelled healthRecordsErased } }`;
const LOG_IN = `mutation ($input: LogInInput!) { logIn(input: $input) { token } }`;
const MAILBOX = `query { localMailbox { subject text to } }`;
const NEW_PASSWORD = 'amber-lighthouse-evening';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ clock, env: { SESSION_IDLE_MINUTES: '1440' } });
});
afterAll(() => app.close());
beforeEach(() => clock.set(NOW));

const data = (response: { data?: unknown; errors?: unknown }): Record<string, any> => {
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data as Record<string, any>;
};
const logIn = async (email: string, password: string) => (await graphql(app.baseUrl, LOG_IN, { input: { email, password } })).data?.logIn.token as string | undefined;
const signedIn = async (token: string) => (await graphql(app.baseUrl, `{ me { id } }`, {}, { token })).data?.me?.id ?? null;
const audits = (action: string, subjectId: string) => app.em().find(AuditEvent, { action, subjectId }, { populate: ['actor'] });
const deliverMail = () => app.app.get(JobQueue).drain(MAIL_SEND);
const mailOf = async (account: TestAccount) => {
  await deliverMail();
  return (await graphql(app.baseUrl, MAILBOX, {}, account)).data!.localMailbox as { subject: string; text: string; to: string }[];
};
const tokenIn = (text: string) => /reset-password#token=([A-Za-z0-9_-]+)/.exec(text)?.[1];

describe('changeEmail', () => {
  it('refuses a wrong password and an address taken by another account, naming the field', async () => {
    const account = await signUpAs(app, 'CLIENT');
    const other = await signUpAs(app, 'CLIENT');
    const wrong = await graphql(app.baseUrl, CHANGE_EMAIL, { input: { newEmail: 'somewhere@example.com', currentPassword: 'not-my-password' } }, account);
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect(await audits('user.email_change_failed', account.id)).toHaveLength(1);
    const taken = await graphql(app.baseUrl, CHANGE_EMAIL, { input: { newEmail: other.email.toUpperCase(), currentPassword: TEST_PASSWORD } }, account);
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'newEmail' });
    const invalid = await graphql(app.baseUrl, CHANGE_EMAIL, { input: { newEmail: 'not-an-email', currentPassword: TEST_PASSWORD } }, account);
    expect(invalid.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newEmail' });
    expect((await app.em().findOneOrFail(User, { id: account.id })).email).toBe(account.email);
  });

  it('moves the account to the new address, audits it, and tells the old address', async () => {
    const account = await signUpAs(app, 'CLIENT');
    const newEmail = `moved-${account.id}@example.com`;
    const changed = data(await graphql(app.baseUrl, CHANGE_EMAIL, { input: { newEmail: ` ${newEmail.toUpperCase()} `, currentPassword: TEST_PASSWORD } }, account));
    expect(changed.changeEmail).toEqual({ id: account.id, email: newEmail });
    expect(await logIn(newEmail, TEST_PASSWORD)).toBeDefined();
    expect(await logIn(account.email, TEST_PASSWORD)).toBeUndefined();
    const [event] = await audits('user.email_changed', account.id);
    expect(event.actor?.id).toBe(account.id);
    expect(event.details).toMatchObject({ from: account.email, to: newEmail });
    // The notice went to the old address, which the account no longer owns: read it from the table.
    await deliverMail();
    const rows = await app.em().getConnection().execute(`select count(*)::int as n from local_mailbox where recipient = ?`, [account.email]);
    expect(rows[0].n).toBe(1);
  });
});

describe('changeTimeZone', () => {
  it('keeps a valid IANA zone and refuses anything else', async () => {
    const account = await signUpAs(app, 'THERAPIST');
    expect(data(await graphql(app.baseUrl, CHANGE_ZONE, { input: { timeZone: 'Europe/Lisbon' } }, account)).changeTimeZone.timeZone).toBe('Europe/Lisbon');
    const bad = await graphql(app.baseUrl, CHANGE_ZONE, { input: { timeZone: 'Mars/Olympus' } }, account);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timeZone' });
    expect(data(await graphql(app.baseUrl, `{ me { timeZone } }`, {}, account)).me.timeZone).toBe('Europe/Lisbon');
    expect(await audits('user.time_zone_changed', account.id)).toHaveLength(1);
  });
});

describe('forgot password', () => {
  it('answers the same for an unknown address and sends nothing', async () => {
    const before = (await app.em().getConnection().execute(`select count(*)::int as n from local_mailbox`))[0].n;
    expect(data(await graphql(app.baseUrl, REQUEST_RESET, { input: { email: 'nobody-here@example.com' } }))).toEqual({ requestPasswordReset: true });
    await deliverMail();
    expect((await app.em().getConnection().execute(`select count(*)::int as n from local_mailbox`))[0].n).toBe(before);
  });

  it('emails a single-use link; using it sets the password and ends every session', async () => {
    const account = await signUpAs(app, 'CLIENT');
    const otherDevice = (await logIn(account.email, TEST_PASSWORD))!;
    expect(data(await graphql(app.baseUrl, REQUEST_RESET, { input: { email: account.email.toUpperCase() } }))).toEqual({ requestPasswordReset: true });
    const [mail] = await mailOf(account);
    expect(mail.subject).toBe('Reset your Rapport password');
    const token = tokenIn(mail.text)!;
    expect(token).toBeDefined();
    // Only the hash is stored.
    const stored = await app.em().getConnection().execute(`select token_hash from password_reset_tokens where user_id = ?`, [account.id]);
    expect(stored).toHaveLength(1);
    expect(stored[0].token_hash).not.toContain(token);

    const weak = await graphql(app.baseUrl, RESET, { input: { token, newPassword: 'short' } });
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect(data(await graphql(app.baseUrl, RESET, { input: { token, newPassword: NEW_PASSWORD } }))).toEqual({ resetPassword: true });
    expect(await signedIn(account.token)).toBeNull();
    expect(await signedIn(otherDevice)).toBeNull();
    expect(await logIn(account.email, NEW_PASSWORD)).toBeDefined();
    expect(await logIn(account.email, TEST_PASSWORD)).toBeUndefined();
    const [event] = await audits('user.password_changed', account.id);
    expect(event.details).toMatchObject({ source: 'reset-link', sessionsRevoked: 2 });

    const again = await graphql(app.baseUrl, RESET, { input: { token, newPassword: 'another-fine-passphrase' } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(again.errors?.[0].message).toMatch(/expired or has already been used/);
  });

  it('expires a link after 45 minutes, and sends at most three an hour', async () => {
    const account = await signUpAs(app, 'CLIENT');
    for (let i = 0; i < 4; i++) data(await graphql(app.baseUrl, REQUEST_RESET, { input: { email: account.email } }));
    const mails = await mailOf(account);
    expect(mails).toHaveLength(3);
    clock.set('2026-03-02T12:46:00.000Z');
    const late = await graphql(app.baseUrl, RESET, { input: { token: tokenIn(mails[0].text), newPassword: NEW_PASSWORD } });
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(await logIn(account.email, TEST_PASSWORD)).toBeDefined();
  });
});

describe('exportMyData and deleteMyAccount', () => {
  let admin: TestAccount;
  beforeAll(async () => {
    admin = await createAdmin(app);
  });

  it('exports everything kept about the caller, health data decrypted, and audits the export without its contents', async () => {
    const client = await signUpAs(app, 'CLIENT');
    data(await graphql(app.baseUrl, `mutation ($input: SubmitIntakeInput!) { submitIntake(input: $input) { id } }`, {
      input: { concerns: [{ code: 'ANXIETY', priority: 1 }], jurisdiction: 'NY', timeZone: 'America/New_York', goals: ['Sleep through the night'] },
    }, client));
    data(await graphql(app.baseUrl, `mutation { addGoal(input: { text: "Walk every morning" }) { goals { id } } }`, {}, client));
    const exported = data(await graphql(app.baseUrl, EXPORT, {}, client)).exportMyData;
    expect(exported.fileName).toBe('rapport-export-2026-03-02.json');
    const document = JSON.parse(exported.json);
    expect(document.account).toMatchObject({ id: client.id, email: client.email, role: 'CLIENT' });
    expect(document.intake.answers.concerns).toEqual([{ code: 'ANXIETY', priority: 1 }]);
    expect(document.goals.map((goal: { text: string }) => goal.text)).toContain('Walk every morning');
    const [event] = await audits('user.data_exported', client.id);
    // The intake's goal is on the Goals page too, so two goals.
    expect(event.details).toMatchObject({ intake: true, goals: 2 });
    expect(JSON.stringify(event.details)).not.toContain('Walk every morning');
  });

  it('refuses a wrong password, and therapists are sent to support', async () => {
    const client = await signUpAs(app, 'CLIENT');
    const wrong = await graphql(app.baseUrl, DELETE, { input: { currentPassword: 'not-my-password' } }, client);
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect(await signedIn(client.token)).toBe(client.id);
    const therapist = await signUpAs(app, 'THERAPIST');
    const refused = await graphql(app.baseUrl, DELETE, { input: { currentPassword: TEST_PASSWORD } }, therapist);
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0].message).toMatch(/support/);
  });

  it('cancels upcoming bookings as the client, erases health data, ends sessions and keeps a tombstone', async () => {
    const therapist = await createBookableTherapist(app, admin);
    const client = await signUpAs(app, 'CLIENT');
    const otherDevice = await logInAgain(app, client);
    data(await graphql(app.baseUrl, `mutation ($input: SubmitIntakeInput!) { submitIntake(input: $input) { id } }`, {
      input: { concerns: [{ code: 'ANXIETY', priority: 1 }], jurisdiction: 'NY', timeZone: 'America/New_York' },
    }, client));
    data(await graphql(app.baseUrl, `mutation { addGoal(input: { text: "Walk every morning" }) { goals { id } } }`, {}, client));
    const booking = await bookFree(app, client, therapist, TUE_1000);

    const deleted = data(await graphql(app.baseUrl, DELETE, { input: { currentPassword: TEST_PASSWORD } }, client)).deleteMyAccount;
    expect(deleted).toEqual({ bookingsCancelled: 1, healthRecordsErased: 2 });

    const [row] = await app.em().getConnection().execute(`select status, cancelled_by from bookings where id = ?`, [booking.id]);
    expect(row).toEqual({ status: 'CANCELLED', cancelled_by: 'CLIENT' });
    const count = async (table: string) => (await app.em().getConnection().execute(`select count(*)::int as n from ${table} where client_id = ?`, [client.id]))[0].n;
    expect(await count('intakes')).toBe(0);
    expect(await count('goals')).toBe(0);
    expect(await signedIn(client.token)).toBeNull();
    expect(await signedIn(otherDevice.token)).toBeNull();
    expect(await app.em().count(AuthSession, { user: client.id, revokedAt: null })).toBe(0);
    expect(await logIn(client.email, TEST_PASSWORD)).toBeUndefined();
    const user = await app.em().findOneOrFail(User, { id: client.id });
    expect(user.email).toMatch(/^deleted-.*@deleted\.invalid$/);
    expect(user.deletedAt?.toISOString()).toBe(NOW);
    const [tombstone] = await audits('user.account_deleted', client.id);
    expect(tombstone.details).toMatchObject({ role: 'CLIENT', bookingsCancelled: 1, healthRecordsErased: 2, sessionsRevoked: 2 });
    // The email can be used for a new account.
    expect((await graphql(app.baseUrl, `mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`, { input: { email: client.email, password: TEST_PASSWORD, role: 'CLIENT' } })).errors).toBeUndefined();
  });
});
