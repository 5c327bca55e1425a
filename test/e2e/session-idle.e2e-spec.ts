import { AuthSession } from '../../apps/api/src/auth/entities/auth-session.entity';
import { hashSessionToken } from '../../apps/api/src/auth/session-token';
import { signUpAs, TestAccount } from '../support/accounts';
import { FixedClock } from '../support/fixed-clock';
import { graphql } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';

// SESSION_IDLE_MINUTES beside the absolute SESSION_TTL_HOURS, on a clock the test moves.
const IDLE_MINUTES = 20;
const START = new Date('2026-11-25T09:00:00Z');
const MINUTE = 60_000;
const CHANGE = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { otherSessionsEnded } }`;

let app: TestApp;
let clock: FixedClock;
let account: TestAccount;
let elapsedMs = 0;

beforeAll(async () => {
  clock = new FixedClock(START);
  app = await startTestApp({ clock, env: { SESSION_IDLE_MINUTES: String(IDLE_MINUTES) } });
  account = await signUpAs(app, 'CLIENT');
});
afterAll(() => app.close());

const wait = (ms: number) => {
  elapsedMs += ms;
  clock.set(new Date(START.getTime() + elapsedMs));
};
const lastUsedAt = async (token: string) => (await app.em().findOneOrFail(AuthSession, { tokenHash: hashSessionToken(token) })).lastUsedAt;
// A signed-in-only operation, so the refusal's code and reason are visible.
const touch = (token: string) => graphql(app.baseUrl, CHANGE, { input: { currentPassword: 'not-it-at-all', newPassword: 'amber-lighthouse-evening' } }, { token });

it('records use at most once a minute, not on every request', async () => {
  const before = await lastUsedAt(account.token);
  wait(30_000);
  for (let request = 0; request < 5; request++) expect((await touch(account.token)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(await lastUsedAt(account.token)).toEqual(before);
  wait(31_000);
  await touch(account.token);
  expect(await lastUsedAt(account.token)).toEqual(clock.now());
});

it('keeps a session alive while it is used, however long that goes on', async () => {
  for (let step = 0; step < 6; step++) {
    wait((IDLE_MINUTES - 2) * MINUTE);
    expect((await touch(account.token)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  }
});

it(`ends a session unused for ${IDLE_MINUTES} minutes with UNAUTHENTICATED, saying why`, async () => {
  wait(IDLE_MINUTES * MINUTE);
  const refused = await touch(account.token);
  expect(refused.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'idle' });
  expect(refused.errors?.[0].message).toMatch(/without activity/);
  expect((await graphql(app.baseUrl, '{ me { id } }', {}, account)).data?.me).toBeNull();
});

it('still ends a busy session at its absolute expiry', async () => {
  const busy = await signUpAs(app, 'CLIENT');
  await app.em().nativeUpdate(AuthSession, { tokenHash: hashSessionToken(busy.token) }, { expiresAt: new Date(clock.now().getTime() + 5 * MINUTE) });
  wait(4 * MINUTE);
  expect((await touch(busy.token)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  wait(2 * MINUTE);
  expect((await touch(busy.token)).errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'expired' });
});
