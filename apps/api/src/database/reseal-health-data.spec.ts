import { randomBytes, randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { createTestDatabase, TestDatabase } from '../../../../test/support/test-database';
import { Role, User } from '../auth/entities/user.entity';
import { DecryptionError, parseKeyring } from '../common/encryption/field-encryption';
import { useKeyring } from '../common/encryption/sealed-json';
import { sealV1 } from '../common/encryption/testing/seal-v1';
import { Goal, GoalCheckIn } from '../goals/goal.entity';
import { Intake, IntakeAnswers } from '../intake/intake.entity';
import { IntakeDraft } from '../intake/draft/intake-draft.entity';
import { buildOrmOptions } from './mikro-orm.options';
import { resealHealthData } from './reseal-health-data';

// Health data at rest, against real PostgreSQL: values are bound to their row,
// v1 values (from before) still read, and are re-sealed when written or by the job.
const OLD_KEY = randomBytes(32).toString('base64');
const keyring = parseKeyring(`k1:${OLD_KEY}`);
const ANSWERS = { concerns: [{ code: 'ANXIETY', priority: 3 }], goals: ['sleep through the night'], timeZone: 'America/New_York' } as unknown as IntakeAnswers;
const SCREENERS = { phq9: null, gad7: null };

let database: TestDatabase;
let orm: MikroORM;
beforeAll(async () => {
  database = await createTestDatabase();
  orm = await MikroORM.init(buildOrmOptions(database.url));
});
beforeEach(() => useKeyring(keyring));
afterAll(async () => {
  await orm?.close(true);
  await database?.drop();
});

async function newClient(): Promise<User> {
  const em = orm.em.fork();
  const user = em.create(User, { email: `client-${randomUUID()}@example.com`, passwordHash: 'x', role: Role.CLIENT });
  await em.flush();
  return user;
}

async function newIntake(): Promise<string> {
  const em = orm.em.fork();
  const intake = new Intake({ client: em.getReference(User, (await newClient()).id), answers: ANSWERS, screeners: SCREENERS });
  await em.persist(intake).flush();
  return intake.id;
}

const column = async (table: string, name: string, id: string) =>
  (await orm.em.getConnection().execute<Record<string, string>[]>(`select "${name}" from "${table}" where id = ?`, [id]))[0][name];
const setColumn = (table: string, name: string, id: string, value: string) =>
  orm.em.getConnection().execute(`update "${table}" set "${name}" = ? where id = ?`, [value, id]);

it('stores answers only as v2 ciphertext, readable through the entity', async () => {
  const id = await newIntake();
  expect(await column('intakes', 'answers', id)).toMatch(/^v2\.k1\./);
  expect(await column('intakes', 'answers', id)).not.toContain('sleep');
  expect((await orm.em.fork().findOneOrFail(Intake, id)).answers).toEqual(ANSWERS);
});

let copiedIntakeId = '';
it('refuses a ciphertext copied to another row of the same column', async () => {
  const [source, target] = [await newIntake(), await newIntake()];
  copiedIntakeId = target;
  await setColumn('intakes', 'answers', target, await column('intakes', 'answers', source));
  const copied = await orm.em.fork().findOneOrFail(Intake, target);
  expect(() => copied.answers).toThrow(DecryptionError);
  expect(copied.screeners).toEqual(SCREENERS); // the untouched column still opens
});

it('reads a v1 value and re-seals it as v2 when it is next written', async () => {
  const id = await newIntake();
  await setColumn('intakes', 'answers', id, sealV1(keyring, JSON.stringify(ANSWERS), 'intakes.answers'));
  const em = orm.em.fork();
  const intake = await em.findOneOrFail(Intake, id);
  expect(intake.answers).toEqual(ANSWERS);
  intake.answers = { ...ANSWERS, goals: ['walk every morning'] };
  await em.flush();
  expect(await column('intakes', 'answers', id)).toMatch(/^v2\.k1\./);
  expect((await orm.em.fork().findOneOrFail(Intake, id)).answers.goals).toEqual(['walk every morning']);
});

it('the re-seal job rewrites every v1 value and every value under a retired key, and nothing else', async () => {
  const em = orm.em.fork();
  const client = await newClient();
  const intakeId = await newIntake();
  const goal = new Goal({ client: em.getReference(User, client.id), text: 'call my sister weekly', createdAt: new Date() });
  const checkIn = new GoalCheckIn({ client: em.getReference(User, client.id), content: { phq9: null, gad7: null, goalProgress: [], note: 'better' }, createdAt: new Date() });
  const draft = new IntakeDraft({ client: em.getReference(User, client.id), content: { answers: '{"goals":["swim"]}', stepIndex: 1 }, updatedAt: new Date() });
  await em.persist([goal, checkIn, draft]).flush();
  await setColumn('goals', 'text', goal.id, sealV1(keyring, JSON.stringify('call my sister weekly'), 'goals.text'));
  await setColumn('intake_drafts', 'content', draft.id, sealV1(keyring, JSON.stringify({ answers: '{"goals":["swim"]}', stepIndex: 1 }), 'intake_drafts.content'));
  await setColumn('intakes', 'screeners', intakeId, sealV1(keyring, JSON.stringify(SCREENERS), 'intakes.screeners'));
  const untouched = await column('goal_check_ins', 'content', checkIn.id);

  const first = await resealHealthData(orm.em.fork(), 'k1', 1);
  expect(first.resealed).toEqual({ intakes: 1, intake_drafts: 1, goals: 1, goal_check_ins: 0 });
  expect(await column('intake_drafts', 'content', draft.id)).toMatch(/^v2\.k1\./);
  expect((await orm.em.fork().findOneOrFail(IntakeDraft, draft.id)).content).toEqual({ answers: '{"goals":["swim"]}', stepIndex: 1 });
  expect(await column('goals', 'text', goal.id)).toMatch(/^v2\.k1\./);
  expect(await column('intakes', 'screeners', intakeId)).toMatch(/^v2\.k1\./);
  expect(await column('goal_check_ins', 'content', checkIn.id)).toBe(untouched);
  expect((await orm.em.fork().findOneOrFail(Goal, goal.id)).text).toBe('call my sister weekly');
  expect((await resealHealthData(orm.em.fork(), 'k1')).resealed).toEqual({ intakes: 0, intake_drafts: 0, goals: 0, goal_check_ins: 0 });

  // Rotation: with k2 current, everything moves to k2; then k1 can be dropped.
  const rotated = parseKeyring(`k2:${randomBytes(32).toString('base64')},k1:${OLD_KEY}`);
  useKeyring(rotated);
  const moved = await resealHealthData(orm.em.fork(), 'k2', 2);
  expect(moved.resealed.goal_check_ins).toBe(1);
  // The intake whose answers were copied from another row (test above) cannot be opened: reported, left alone.
  expect(moved.unreadable).toEqual({ intakes: [copiedIntakeId], intake_drafts: [], goals: [], goal_check_ins: [] });
  expect(await column('goal_check_ins', 'content', checkIn.id)).toMatch(/^v2\.k2\./);
  useKeyring(parseKeyring(`k2:${rotated.keys.get('k2')!.toString('base64')}`));
  expect((await orm.em.fork().findOneOrFail(GoalCheckIn, checkIn.id)).content.note).toBe('better');
});
