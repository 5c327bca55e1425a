import { EntityManager, RequestContext } from '@mikro-orm/postgresql';
import { User } from '../../apps/api/src/auth/entities/user.entity';
import { SessionsService } from '../../apps/api/src/auth/sessions.service';
import { Intake } from '../../apps/api/src/intake/intake.entity';
import { IntakeService } from '../../apps/api/src/intake/intake.service';
import { loadedColumns } from '../../apps/api/src/common/sql/loaded-columns';
import { signUpAs, TestAccount } from '../support/accounts';
import { graphql } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';

// The session lookup and the intake read are plain statements mapped into the request's
// entity manager (the ORM's findOne cost a millisecond of CPU on every signed-in request). What
// they give back must be what findOne gave: managed entities, with real dates, the password hash
// left unloaded, nothing dirty, and the same instance a later findOne in that request returns.

const SUBMIT_INTAKE = `mutation ($input: SubmitIntakeInput!) { submitIntake(input: $input) { id } }`;

let app: TestApp;
let client: TestAccount;

beforeAll(async () => {
  app = await startTestApp();
  client = await signUpAs(app, 'CLIENT', 'Europe/Lisbon');
});
afterAll(() => app.close());

/** The app's services inside one request's context, with that request's entity manager. */
function inOneRequest<T>(work: (services: { em: EntityManager; sessions: SessionsService; intakes: IntakeService }) => Promise<T>): Promise<T> {
  const root = app.app.get(EntityManager);
  return RequestContext.create(root, () => work({ em: root.getContext() as EntityManager, sessions: app.app.get(SessionsService), intakes: app.app.get(IntakeService) }));
}

it("gives the session's user as a managed entity, as findOne would", () => inOneRequest(async ({ em, sessions }) => {
  const lookup = await sessions.lookUp(client.token);
  expect(lookup.problem).toBeNull();
  const user = lookup.user!;
  expect(user).toBeInstanceOf(User);
  expect(user).toMatchObject({ id: client.id, role: 'CLIENT', timeZone: 'Europe/Lisbon', deletedAt: null });
  expect(user.createdAt).toBeInstanceOf(Date);
  expect(user.updatedAt).toBeInstanceOf(Date);
  const stored = await app.em().findOneOrFail(User, { id: client.id });
  expect(user.createdAt.getTime()).toBe(stored.createdAt.getTime());
  // The password hash is lazy: a session lookup never reads it.
  expect(user.passwordHash).toBeUndefined();
  // The same instance later reads of that user in the request get, and nothing to write back.
  expect(await em.findOneOrFail(User, { id: client.id })).toBe(user);
  em.getUnitOfWork().computeChangeSets();
  expect(em.getUnitOfWork().getChangeSets()).toHaveLength(0);
  // A change to it is saved with the request's flush.
  user.timeZone = 'Asia/Tokyo';
  await em.flush();
  expect((await app.em().findOneOrFail(User, { id: client.id })).timeZone).toBe('Asia/Tokyo');
}));

it('names the problem of a session that cannot be used, and maps no user', async () => {
  const other = await signUpAs(app, 'CLIENT');
  expect((await graphql(app.baseUrl, 'mutation { logOut }', {}, other)).errors).toBeUndefined();
  await inOneRequest(async ({ em, sessions }) => {
    expect(await sessions.lookUp('not-a-token-anyone-was-given')).toEqual({ user: null, sessionId: null, problem: 'invalid' });
    expect(await sessions.lookUp(other.token)).toEqual({ user: null, sessionId: null, problem: 'revoked' });
    expect(em.getUnitOfWork().getById(User.name, other.id)).toBeUndefined();
  });
});

it("reads a client's intake as a managed entity whose answers open", async () => {
  const submitted = await graphql(
    app.baseUrl,
    SUBMIT_INTAKE,
    {
      input: {
        concerns: [{ code: 'ANXIETY', priority: 3 }],
        goals: ['Sleep better'],
        preferredModalities: ['CBT'],
        jurisdiction: 'NY',
        format: 'VIDEO',
        budgetMaxMinor: 15000,
        needsSlidingScale: false,
        languages: ['en'],
        genderPreference: [],
        communities: [],
        preferredWeekdays: [2],
        preferredDayParts: ['EVENING'],
        timeZone: 'America/New_York',
        phq9: [1, 1, 1, 1, 0, 0, 0, 0, 0],
        gad7: [2, 2, 1, 1, 0, 0, 0],
      },
    },
    client,
  );
  expect(submitted.errors).toBeUndefined();
  const stranger = await signUpAs(app, 'CLIENT');
  await inOneRequest(async ({ em, intakes }) => {
    const intake = (await intakes.findByClientId(client.id))!;
    expect(intake).toBeInstanceOf(Intake);
    expect(intake.id).toBe(submitted.data!.submitIntake.id);
    expect(intake.answers.concerns).toEqual([{ code: 'ANXIETY', priority: 3 }]);
    expect(intake.screeners.gad7?.total).toBe(6);
    expect(intake.createdAt).toBeInstanceOf(Date);
    expect(intake.client.id).toBe(client.id);
    expect(await em.findOneOrFail(Intake, { id: intake.id })).toBe(intake);
    em.getUnitOfWork().computeChangeSets();
    expect(em.getUnitOfWork().getChangeSets()).toHaveLength(0);
    expect(await intakes.findByClientId(stranger.id)).toBeNull();
  });
});

it('reads the columns findOne reads, from the mapping: lazy ones left out, owned relations in', () => {
  const em = app.em();
  expect(loadedColumns(em, User)).toEqual(['id', 'email', 'role', 'time_zone', 'created_at', 'updated_at', 'deleted_at']);
  expect(loadedColumns(em, Intake)).toEqual(['id', 'client_id', 'answers', 'screeners', 'revision', 'created_at', 'updated_at']);
});
