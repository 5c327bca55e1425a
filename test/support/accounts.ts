import { Role, User } from '../../apps/api/src/auth/entities/user.entity';
import { hashPassword } from '../../apps/api/src/auth/password-hashing';
import { graphql } from './graphql-client';
import { TestApp } from './test-app';

export const TEST_PASSWORD = 'quiet-river-stones';
let sequence = 0;

export interface TestAccount {
  id: string;
  email: string;
  token: string;
}

/** Signs up through GraphQL (clients and therapists), returning a bearer token. */
export async function signUpAs(app: TestApp, role: 'CLIENT' | 'THERAPIST', timeZone = 'America/New_York'): Promise<TestAccount> {
  const email = `${role.toLowerCase()}${++sequence}-${Date.now()}@example.com`;
  const response = await graphql(
    app.baseUrl,
    `mutation ($input: SignUpInput!) { signUp(input: $input) { token user { id } } }`,
    { input: { email, password: TEST_PASSWORD, role, timeZone } },
  );
  if (!response.data) throw new Error(`sign up failed: ${JSON.stringify(response.errors)}`);
  return { id: response.data.signUp.user.id, email, token: response.data.signUp.token };
}

/** A new session for an account made by signUpAs or createAdmin (as after a log-out, or days away). */
export async function logInAgain(app: TestApp, account: TestAccount): Promise<TestAccount> {
  const response = await graphql(app.baseUrl, `mutation ($input: LogInInput!) { logIn(input: $input) { token } }`, {
    input: { email: account.email, password: TEST_PASSWORD },
  });
  if (!response.data) throw new Error(`log in failed: ${JSON.stringify(response.errors)}`);
  return { ...account, token: response.data.logIn.token };
}

/** Admins never come from sign-up: inserted directly, then logged in through GraphQL. */
export async function createAdmin(app: TestApp): Promise<TestAccount> {
  const em = app.em();
  const email = `admin${++sequence}-${Date.now()}@example.com`;
  const user = em.create(User, { email, passwordHash: await hashPassword(TEST_PASSWORD), role: Role.ADMIN });
  await em.flush();
  const response = await graphql(app.baseUrl, `mutation ($input: LogInInput!) { logIn(input: $input) { token } }`, {
    input: { email, password: TEST_PASSWORD },
  });
  return { id: user.id, email, token: response.data!.logIn.token };
}
