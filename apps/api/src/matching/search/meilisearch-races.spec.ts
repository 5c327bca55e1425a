import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { FixedClock } from '../../../../../test/support/fixed-clock';
import { createTestDatabase, TestDatabase } from '../../../../../test/support/test-database';
import { Role, User } from '../../auth/entities/user.entity';
import { buildOrmOptions } from '../../database/mikro-orm.options';
import { License, LicenseStatus } from '../../licensing/entities/license.entity';
import { ProfileStatus, TherapistProfile } from '../../therapists/entities/therapist-profile.entity';
import { connectMeilisearch, MeiliConnectionOptions } from './meilisearch-client';
import { meilisearchIndexSettings } from './meilisearch-query';
import { reindexMeilisearch } from './meilisearch-reindex';
import { MeilisearchSearchEngine } from './meilisearch-search-engine';
import { emptyQuery } from './search-engine.port';
import { FakeMeilisearch, RecordedRequest, startFakeMeilisearch } from './testing/fake-meilisearch';
import { loadMeilisearchOutsideJest } from './testing/load-meilisearch-outside-jest';

const TODAY = '2026-11-25';
const INDEX = 'therapists_races';

// Races between API replicas, the reindex and the index itself, played out against the fake
// server (which queues tasks in order, runs them one at a time and can hold a request) and the
// real PostgreSQL. Each test fails without the safeguard it names.
describe('Meilisearch index races', () => {
  let fake: FakeMeilisearch;
  let database: TestDatabase;
  let orm: MikroORM;
  const clock = new FixedClock(new Date(`${TODAY}T15:00:00Z`));
  const connect = (options: Partial<MeiliConnectionOptions> = {}) => connectMeilisearch({ host: fake.url, indexUid: INDEX, ...options }, loadMeilisearchOutsideJest);
  /** An API replica: its own client and database connections. */
  const replica = async () => new MeilisearchSearchEngine(await connect(), orm.em.fork(), clock);
  const indexedIds = () => (fake.documents(INDEX) ?? []).map((document) => String(document.id)).sort();
  const upsertOf = (id: string) => (request: RecordedRequest) =>
    request.method === 'POST' && request.path === `/indexes/${INDEX}/documents` && JSON.stringify(request.body).includes(id);
  const setStatus = (id: string, status: ProfileStatus) =>
    orm.em.fork().nativeUpdate(TherapistProfile, { id }, status === ProfileStatus.SUSPENDED
      ? { status, suspendedAt: new Date(), suspensionReason: 'Race test' }
      : { status, suspendedAt: null, suspensionReason: null });

  beforeAll(async () => {
    fake = await startFakeMeilisearch();
    database = await createTestDatabase();
    orm = await MikroORM.init(buildOrmOptions(database.url));
  });
  beforeEach(async () => {
    fake.reset();
    await orm.em.fork().nativeDelete(TherapistProfile, {});
  });
  afterAll(async () => {
    await orm?.close(true);
    await database?.drop();
    await fake?.close();
  });

  it('a reindex keeps a therapist who became active while it ran (and a replica indexed)', async () => {
    // The lowest id: the reindex's first page has gone past them while they were still pending.
    const late = await createTherapist(orm.em.fork(), ProfileStatus.PENDING_REVIEW, '00000000-0000-4000-8000-000000000001');
    const actives = await Promise.all([1, 2, 3].map(() => createTherapist(orm.em.fork(), ProfileStatus.ACTIVE)));
    const firstBatch = fake.hold(upsertOf(actives.map(({ id }) => id).sort()[0]));

    const reindex = reindexMeilisearch({ em: orm.em.fork(), index: await connect(), today: TODAY, batchSize: 2 });
    await firstBatch.arrived;
    await setStatus(late.id, ProfileStatus.ACTIVE);
    const replicaSync = (await replica()).sync([late.id]);
    firstBatch.release();
    await Promise.all([reindex, replicaSync]);

    expect(indexedIds()).toEqual([late.id, ...actives.map(({ id }) => id)].sort());
  });

  it('a reindex never resurrects a therapist suspended after their batch was read', async () => {
    const [first, second] = (await Promise.all([1, 2].map(() => createTherapist(orm.em.fork(), ProfileStatus.ACTIVE)))).sort((a, b) => (a.id < b.id ? -1 : 1));
    const batch = fake.hold(upsertOf(first.id));
    const reindex = reindexMeilisearch({ em: orm.em.fork(), index: await connect(), today: TODAY, batchSize: 10 });
    await batch.arrived;
    await setStatus(second.id, ProfileStatus.SUSPENDED);
    const replicaSync = (await replica()).sync([second.id]);
    await Promise.race([replicaSync, delay(300)]);
    batch.release();
    await Promise.all([reindex, replicaSync]);

    expect(indexedIds()).toEqual([first.id]);
  });

  it('an upsert read before a suspension cannot land after the delete queued by another replica', async () => {
    const therapist = await createTherapist(orm.em.fork(), ProfileStatus.ACTIVE);
    const [replicaA, replicaB] = [await replica(), await replica()];
    await replicaA.sync([therapist.id]);
    // Replica A handles the profile edit: it reads ACTIVE, and its upsert is slow to reach Meilisearch.
    const slowUpsert = fake.hold(upsertOf(therapist.id));
    const a = replicaA.sync([therapist.id]);
    await slowUpsert.arrived;
    // Meanwhile the therapist is suspended; replica B handles that event.
    await setStatus(therapist.id, ProfileStatus.SUSPENDED);
    const b = replicaB.sync([therapist.id]);
    await Promise.race([b, delay(300)]);
    slowUpsert.release();
    await Promise.all([a, b]);

    expect(indexedIds()).toEqual([]);
    expect(await replicaB.candidates(emptyQuery(), 10)).toEqual([]);
  });

  it('an index deleted and re-created by a write gets its settings back, without a restart', async () => {
    const [one, two] = await Promise.all([1, 2].map(() => createTherapist(orm.em.fork(), ProfileStatus.ACTIVE)));
    const engine = await replica();
    await engine.sync([one.id]);
    await (await connect()).deleteIndex();

    await engine.sync([two.id]);
    expect(fake.settings(INDEX)?.filterableAttributes).toEqual(meilisearchIndexSettings().filterableAttributes);
    expect((await engine.candidates(emptyQuery({ jurisdiction: 'NY', concerns: ['ANXIETY'] }), 10)).map(({ id }) => id)).toEqual([two.id]);
  });

  it('a search of an index re-created elsewhere with default settings restores them and answers', async () => {
    const therapist = await createTherapist(orm.em.fork(), ProfileStatus.ACTIVE);
    const engine = await replica();
    await engine.sync([therapist.id]);
    const documents = fake.documents(INDEX)!;
    await (await connect()).deleteIndex();
    fake.seed(INDEX, documents);
    expect(fake.settings(INDEX)?.filterableAttributes).toEqual([]);
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);

    expect((await engine.candidates(emptyQuery({ jurisdiction: 'NY' }), 10)).map(({ id }) => id)).toEqual([therapist.id]);
    expect(await engine.count(emptyQuery({ text: 'Therapist' }))).toBe(1);
    expect(warn).toHaveBeenCalledWith(`Meilisearch index "${INDEX}" lost its settings (re-created by a write?): applying them again`);
    warn.mockRestore();
  });

  it('a search of an index whose settings predate this release (id not sortable) brings them up to date', async () => {
    const therapist = await createTherapist(orm.em.fork(), ProfileStatus.ACTIVE);
    const engine = await replica();
    await engine.sync([therapist.id]);
    await (await connect()).applySettings({ sortableAttributes: ['feeMinor'] });
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    expect((await engine.candidates(emptyQuery(), 10)).map(({ id }) => id)).toEqual([therapist.id]);
    expect(fake.settings(INDEX)?.sortableAttributes).toEqual(['feeMinor', 'id', 'rotationKey']);
    warn.mockRestore();
  });

  it('a settings task longer than the document task timeout does not fail the reindex', async () => {
    await createTherapist(orm.em.fork(), ProfileStatus.ACTIVE);
    fake.taskDurationMs = { settingsUpdate: 600 };
    const patient = await connect({ taskTimeoutMs: 100, settingsTaskTimeoutMs: 10_000 });
    expect(await reindexMeilisearch({ em: orm.em.fork(), index: patient, today: TODAY })).toEqual({ indexed: 1, removed: 0 });

    // The same task with the timeout a document write gets (or the client's 5 s default on a larger index) fails.
    const impatient = await connect({ taskTimeoutMs: 100, settingsTaskTimeoutMs: 100 });
    await expect(impatient.applySettings(meilisearchIndexSettings())).rejects.toThrow(/timeout of 100ms has exceeded/);
  });
});

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function createTherapist(em: EntityManager, status: ProfileStatus, id: string = randomUUID()): Promise<TherapistProfile> {
  const tag = randomUUID().slice(0, 8);
  const admin = em.create(User, { email: `admin-${tag}@example.com`, passwordHash: 'x', role: Role.ADMIN });
  const user = em.create(User, { email: `therapist-${tag}@example.com`, passwordHash: 'x', role: Role.THERAPIST });
  const profile = em.create(TherapistProfile, {
    id,
    user,
    status,
    displayName: `Therapist ${tag}`,
    specialtyConcerns: ['ANXIETY'],
    feeMinor: 14_000,
    ...(status === ProfileStatus.SUSPENDED ? { suspendedAt: new Date(), suspensionReason: 'test' } : {}),
  });
  em.create(License, {
    therapist: profile, licenseType: 'LPC', number: `R-${tag}`, jurisdiction: 'NY', expiresOn: '2030-12-31',
    status: LicenseStatus.VERIFIED, reviewedBy: admin, reviewedAt: new Date(),
  });
  await em.flush();
  return profile;
}
