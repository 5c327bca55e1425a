import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { FixedClock } from '../../../../../test/support/fixed-clock';
import { createTestDatabase, TestDatabase } from '../../../../../test/support/test-database';
import { Role, User } from '../../auth/entities/user.entity';
import { loadConfig } from '../../config/config.schema';
import { buildOrmOptions } from '../../database/mikro-orm.options';
import { License, LicenseStatus } from '../../licensing/entities/license.entity';
import { OutboxHandlers } from '../../outbox/outbox-handlers';
import { OutboxService } from '../../outbox/outbox.service';
import { OutboxProcessor } from '../../outbox/outbox.processor';
import { THERAPIST_CHANGED } from '../../outbox/outbox-topics';
import { ProfileStatus, SessionFormat, TherapistProfile } from '../../therapists/entities/therapist-profile.entity';
import { connectMeilisearch, MeiliIndexClient } from './meilisearch-client';
import { MAX_TOTAL_HITS, meilisearchIndexSettings, toMeiliFilter } from './meilisearch-query';
import { reindexMeilisearch } from './meilisearch-reindex';
import { MeilisearchSearchEngine } from './meilisearch-search-engine';
import { PostgresSearchEngine } from './postgres-search-engine';
import { describeSearchEngineContract } from './search-engine.contract';
import { createSearchEngine } from './search-engine.factory';
import { emptyQuery } from './search-engine.port';
import { SearchIndexSync } from './search-index-sync';
import { toSearchDocument } from './search-document';
import { FakeMeilisearch, startFakeMeilisearch } from './testing/fake-meilisearch';
import { loadMeilisearchOutsideJest } from './testing/load-meilisearch-outside-jest';
import { errorBody, searchResponse } from './testing/meilisearch-v1-responses';

const TODAY = '2026-11-25';
const INDEX = 'therapists_test';

// The adapter, through the real `meilisearch` client, against a fake server
// that records requests and answers v1-shaped responses. Always runs.
describe('MeilisearchSearchEngine over HTTP', () => {
  let fake: FakeMeilisearch;
  let database: TestDatabase;
  let orm: MikroORM;
  let index: MeiliIndexClient;
  let engine: MeilisearchSearchEngine;
  const clock = new FixedClock(new Date(`${TODAY}T15:00:00Z`));
  const searches = () => fake.requests.filter((request) => request.path === `/indexes/${INDEX}/search`);

  beforeAll(async () => {
    fake = await startFakeMeilisearch();
    database = await createTestDatabase();
    orm = await MikroORM.init(buildOrmOptions(database.url));
    index = await connectMeilisearch({ host: fake.url, apiKey: 'test-master-key', indexUid: INDEX, taskTimeoutMs: 2_000 }, loadMeilisearchOutsideJest);
  });
  beforeEach(() => {
    fake.reset();
    engine = new MeilisearchSearchEngine(index, orm.em.fork(), clock);
  });
  afterAll(async () => {
    await orm?.close(true);
    await database?.drop();
    await fake?.close();
  });

  describe('candidates', () => {
    it('sends text as one multi-search: every word, each word against names, the named concerns; relevance from the score', async () => {
      const query = emptyQuery({ jurisdiction: 'NY', text: '  Amelia   panic ' });
      const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
      await engine.candidates(query, 400);
      warn.mockRestore();
      const [request] = fake.requests.filter((recorded) => recorded.path === '/multi-search');
      expect(request.headers.authorization).toBe('Bearer test-master-key');
      const filter = toMeiliFilter(query, TODAY);
      const retrieve = ['id', 'displayName', 'specialtyConcerns', 'treatedConcerns', 'modalities'];
      expect((request.body as { queries: unknown[] }).queries).toEqual([
        { indexUid: INDEX, q: 'Amelia panic', filter, matchingStrategy: 'all', limit: MAX_TOTAL_HITS, attributesToRetrieve: retrieve, showRankingScore: true },
        { indexUid: INDEX, q: 'amelia', filter, matchingStrategy: 'all', attributesToSearchOn: ['displayName'], limit: MAX_TOTAL_HITS, attributesToRetrieve: retrieve },
        { indexUid: INDEX, q: 'panic', filter, matchingStrategy: 'all', attributesToSearchOn: ['displayName'], limit: MAX_TOTAL_HITS, attributesToRetrieve: retrieve },
        { indexUid: INDEX, q: null, filter: `${filter} AND (concerns IN ["PANIC"])`, limit: MAX_TOTAL_HITS, attributesToRetrieve: retrieve },
      ]);
    });

    it('runs two placeholder searches without text or concerns: ids from the rotation on, then those before it; no text relevance', async () => {
      const hits: Record<string, { id: string }[]> = { '>=': [{ id: 'c' }, { id: 'd' }], NOT: [{ id: 'a' }, { id: 'b' }] };
      fake.answerSearches((body) => {
        const found = String(body.filter).includes('AND NOT rotationKey') ? hits.NOT : hits['>='];
        return { status: 200, body: searchResponse({ q: null, total: found.length, hits: found.slice(0, Number(body.limit)) }) };
      });
      expect(await engine.candidates(emptyQuery({ text: '   ' }), 3, 1_234)).toEqual(['c', 'd', 'a'].map((id) => ({ id, textRelevance: 0 })));
      const [request] = fake.requests.filter((recorded) => recorded.path === '/multi-search');
      const filter = toMeiliFilter(emptyQuery(), TODAY);
      const sort = ['rotationKey:asc', 'id:asc'];
      expect((request.body as { queries: unknown[] }).queries).toEqual([
        { indexUid: INDEX, q: null, filter: `${filter} AND rotationKey >= 1234`, sort, limit: 3, attributesToRetrieve: ['id'] },
        { indexUid: INDEX, q: null, filter: `${filter} AND NOT rotationKey >= 1234`, sort, limit: 3, attributesToRetrieve: ['id'] },
      ]);
      // Enough from the rotation's start: nothing before it is taken.
      expect(await engine.candidates(emptyQuery(), 2, 1_234)).toEqual(['c', 'd'].map((id) => ({ id, textRelevance: 0 })));
    });
    it('treats a missing index as an empty directory, and says how to create it', async () => {
      const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
      fake.answerSearches(() => ({ status: 404, body: errorBody('index_not_found', `Index \`${INDEX}\` not found.`) }));
      expect(await engine.candidates(emptyQuery(), 10)).toEqual([]);
      expect(await engine.count(emptyQuery())).toBe(0);
      expect(Object.values(await engine.facets(emptyQuery())).flat()).toEqual([]);
      expect(warn).toHaveBeenCalledWith(`Meilisearch index "${INDEX}" does not exist yet: run npm run search:reindex`);
      warn.mockRestore();
    });

    it('lets other Meilisearch errors through, after one attempt to restore the settings', async () => {
      const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
      fake.answerSearches(() => ({ status: 400, body: errorBody('invalid_search_filter', 'Attribute `status` is not filterable.') }));
      await expect(engine.count(emptyQuery())).rejects.toMatchObject({ message: 'Attribute `status` is not filterable.' });
      expect(fake.calls()).toEqual([`POST /indexes/${INDEX}/search`, `PATCH /indexes/${INDEX}/settings`, `POST /indexes/${INDEX}/search`]);
      fake.answerSearches(() => ({ status: 400, body: errorBody('invalid_search_q', 'bad q') }));
      await expect(engine.count(emptyQuery())).rejects.toMatchObject({ message: 'bad q' });
      expect(fake.calls()).toHaveLength(4);
      warn.mockRestore();
    });
  });

  describe('count', () => {
    it('asks for an exhaustive count (page mode, no hits) and reads totalHits', async () => {
      fake.answerSearches((body) => ({ status: 200, body: searchResponse({ q: null, total: 37, hits: [], hitsPerPage: body.hitsPerPage as number }) }));
      const query = emptyQuery({ maxFeeMinor: 15_000 });
      expect(await engine.count(query)).toBe(37);
      expect(searches()[0].body).toEqual({ q: null, filter: toMeiliFilter(query, TODAY), hitsPerPage: 0, page: 1 });
    });

    it('falls back to the estimate when a server answers without totalHits', async () => {
      fake.answerSearches(() => ({ status: 200, body: searchResponse({ q: null, total: 12, hits: [] }) }));
      expect(await engine.count(emptyQuery())).toBe(12);
    });
  });

  describe('facets', () => {
    it('requests each facet attribute and maps the distribution, price bands included', async () => {
      fake.answerSearches(() => ({
        status: 200,
        body: searchResponse({
          q: null,
          total: 4,
          hits: [],
          limit: 0,
          facetDistribution: {
            concerns: { ANXIETY: 3, DEPRESSION: 2 },
            modalities: { CBT: 1 },
            languages: { en: 4, es: 1 },
            formats: { VIDEO: 4 },
            priceBand: { '100_TO_149': 1, '200_PLUS': 2 },
            gender: { WOMAN: 2 },
            communities: { BIPOC: 1 },
          },
        }),
      }));
      const query = emptyQuery({ jurisdiction: 'NY' });
      expect(await engine.facets(query)).toEqual({
        concern: [{ value: 'ANXIETY', count: 3 }, { value: 'DEPRESSION', count: 2 }],
        modality: [{ value: 'CBT', count: 1 }],
        language: [{ value: 'en', count: 4 }, { value: 'es', count: 1 }],
        format: [{ value: 'VIDEO', count: 4 }],
        priceBand: [{ value: '200_PLUS', count: 2 }, { value: '100_TO_149', count: 1 }],
        gender: [{ value: 'WOMAN', count: 2 }],
        community: [{ value: 'BIPOC', count: 1 }],
      });
      expect(searches()[0].body).toEqual({
        q: null,
        filter: toMeiliFilter(query, TODAY),
        limit: 0,
        facets: ['concerns', 'modalities', 'languages', 'formats', 'priceBand', 'gender', 'communities'],
      });
    });
  });

  describe('sync', () => {
    it('upserts active therapists and deletes the rest, waiting for each task, then makes sure the index has its settings', async () => {
      const active = await createTherapist(orm.em.fork(), ProfileStatus.ACTIVE);
      const suspended = await createTherapist(orm.em.fork(), ProfileStatus.SUSPENDED);
      const unknown = randomUUID();
      await engine.sync([active.profile.id, suspended.profile.id, active.profile.id, unknown]);

      expect(fake.calls()).toEqual([
        `POST /indexes/${INDEX}/documents`, `POST /indexes/${INDEX}/documents/delete-batch`, `GET /indexes/${INDEX}/settings/filterable-attributes`, `PATCH /indexes/${INDEX}/settings`,
      ]);
      const [documents, deletion, , settings] = fake.requests.filter((request) => !request.path.startsWith('/tasks/'));
      expect(settings.body).toEqual(JSON.parse(JSON.stringify(meilisearchIndexSettings())));
      expect(documents.query).toEqual({ primaryKey: 'id' });
      // No weekly hours or session types: listed, but not as accepting new clients (issue #11 point 9).
      expect(documents.body).toEqual([JSON.parse(JSON.stringify({ ...toSearchDocument(active.profile, [active.license], TODAY), acceptsNewClients: false }))]);
      expect(deletion.body).toEqual([suspended.profile.id, unknown]);
      // Both writes were queued before either was awaited (under the write lock), then each task polled.
      expect(fake.requests.map((request) => request.path.replace(/\d+$/, ':uid'))).toEqual([
        `/indexes/${INDEX}/documents`, `/indexes/${INDEX}/documents/delete-batch`, '/tasks/:uid', '/tasks/:uid', `/indexes/${INDEX}/settings/filterable-attributes`,
        `/indexes/${INDEX}/settings`, '/tasks/:uid',
      ]);
      expect(fake.documents(INDEX)?.map((document) => document.id)).toEqual([active.profile.id]);

      fake.requests.length = 0;
      await engine.sync([active.profile.id]);
      expect(fake.calls()).toEqual([`POST /indexes/${INDEX}/documents`, `GET /indexes/${INDEX}/settings/filterable-attributes`]);
    });

    it('sends the office only for therapists who see clients in person', async () => {
      const office = { officeAddress: '9 Quiet Lane, Albany, NY', officeLatitude: 42.6526, officeLongitude: -73.7562 };
      const videoOnly = await createTherapist(orm.em.fork(), ProfileStatus.ACTIVE, { ...office, formats: [SessionFormat.VIDEO] });
      const inPerson = await createTherapist(orm.em.fork(), ProfileStatus.ACTIVE, { ...office, formats: [SessionFormat.VIDEO, SessionFormat.IN_PERSON] });
      await engine.sync([videoOnly.profile.id, inPerson.profile.id]);
      const sent = fake.requests.find((request) => request.path === `/indexes/${INDEX}/documents`)!.body as { id: string; office: unknown }[];
      const officeOf = (id: string) => sent.find((document) => document.id === id)?.office;
      expect(officeOf(videoOnly.profile.id)).toBeNull();
      expect(officeOf(inPerson.profile.id)).toEqual({ address: '9 Quiet Lane, Albany, NY', latitude: 42.6526, longitude: -73.7562 });
      expect(JSON.stringify(sent.find((document) => document.id === videoOnly.profile.id))).not.toContain('Quiet Lane');
    });

    it('does nothing for no ids', async () => {
      await engine.sync([]);
      expect(fake.requests).toEqual([]);
    });

    it('fails when Meilisearch fails the task (so the outbox retries)', async () => {
      const { profile } = await createTherapist(orm.em.fork(), ProfileStatus.ACTIVE);
      fake.failTasks(errorBody('invalid_document_fields', 'bad document'));
      await expect(engine.sync([profile.id])).rejects.toThrow(/^Meilisearch task \d+ \(documentAdditionOrUpdate\) failed: bad document$/);
      fake.failTasks(null);
      await engine.sync([profile.id]);
      expect(fake.documents(INDEX)?.map((document) => document.id)).toEqual([profile.id]);
    });

    it('is what the outbox delivers therapist.changed to', async () => {
      const { profile } = await createTherapist(orm.em.fork(), ProfileStatus.ACTIVE);
      const handlers = new OutboxHandlers();
      new SearchIndexSync(handlers, engine).onModuleInit();
      const em = orm.em.fork();
      new OutboxService(clock).enqueue(em, THERAPIST_CHANGED, { therapistId: profile.id });
      new OutboxService(clock).enqueue(em, THERAPIST_CHANGED, { therapistId: profile.id });
      await em.flush();

      expect(await new OutboxProcessor(orm, clock, handlers).drain()).toEqual({ claimed: 2, delivered: 2, failed: 0 });
      const upserts = fake.requests.filter((request) => request.path === `/indexes/${INDEX}/documents`);
      expect(upserts.map((request) => (request.body as { id: string }[]).map((document) => document.id))).toEqual([[profile.id]]);
    });
  });

  describe('reindex', () => {
    it('applies settings, pushes every active therapist in batches and removes stale documents', async () => {
      const em = orm.em.fork();
      await em.nativeDelete(TherapistProfile, {});
      const actives = await Promise.all([1, 2, 3].map(() => createTherapist(orm.em.fork(), ProfileStatus.ACTIVE)));
      const pending = await createTherapist(orm.em.fork(), ProfileStatus.PENDING_REVIEW);
      const activeIds = actives.map(({ profile }) => profile.id).sort();
      fake.seed(INDEX, [{ id: activeIds[0] }, { id: 'stale-1' }, { id: pending.profile.id }, { id: 'stale-2' }, { id: activeIds[2] }]);
      const progress: [number, number][] = [];

      const result = await reindexMeilisearch({ em: orm.em.fork(), index, today: TODAY, batchSize: 2, onProgress: (done, total) => progress.push([done, total]) });

      expect(result).toEqual({ indexed: 3, removed: 3 });
      expect(progress).toEqual([[0, 3], [2, 3], [3, 3]]);
      const pushed = fake.requests.filter((request) => request.method === 'POST' && request.path === `/indexes/${INDEX}/documents`);
      expect(pushed.map((request) => (request.body as { id: string }[]).map((document) => document.id).sort())).toEqual([activeIds.slice(0, 2), activeIds.slice(2)]);
      const listed = fake.requests.filter((request) => request.method === 'GET' && request.path === `/indexes/${INDEX}/documents`);
      expect(listed.map((request) => request.query)).toEqual([0, 2, 4].map((offset) => ({ fields: 'id', offset: String(offset), limit: '2' })));
      const deleted = fake.requests.filter((request) => request.path.endsWith('/delete-batch')).map((request) => request.body);
      expect(deleted).toEqual([['stale-1', pending.profile.id], ['stale-2']]);
      expect(fake.documents(INDEX)?.map((document) => document.id).sort()).toEqual(activeIds);
      expect(fake.settings(INDEX)?.filterableAttributes).toEqual(meilisearchIndexSettings().filterableAttributes);
    });
  });

  describe('engine selection', () => {
    it('uses the Postgres engine without MEILI_HOST and Meilisearch (MEILI_INDEX, MEILI_MASTER_KEY) with it', async () => {
      const em = orm.em.fork();
      const postgres = await createSearchEngine(loadConfig({}), em, clock, loadMeilisearchOutsideJest);
      expect(postgres).toBeInstanceOf(PostgresSearchEngine);

      const config = loadConfig({ MEILI_HOST: fake.url, MEILI_MASTER_KEY: 'other-key', MEILI_INDEX: 'staging_therapists' });
      const meilisearch = await createSearchEngine(config, em, clock, loadMeilisearchOutsideJest);
      expect(meilisearch.name).toBe('meilisearch');
      const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
      await meilisearch.count(emptyQuery());
      warn.mockRestore();
      expect(fake.requests.map((request) => [request.path, request.headers.authorization])).toEqual([['/indexes/staging_therapists/search', 'Bearer other-key']]);
    });

    it('reads MEILI_* from the environment: a URL, an index name (default therapists)', () => {
      expect(loadConfig({}).MEILI_INDEX).toBe('therapists');
      expect(() => loadConfig({ MEILI_HOST: 'meili:7700' })).toThrow(/^Invalid configuration: MEILI_HOST: /);
      expect(() => loadConfig({ MEILI_HOST: 'http://meili:7700', MEILI_INDEX: 'therapists/../keys' })).toThrow(/^Invalid configuration: MEILI_INDEX: /);
      const empty = loadConfig({ MEILI_HOST: '', MEILI_MASTER_KEY: '' });
      expect([empty.MEILI_HOST, empty.MEILI_MASTER_KEY]).toEqual([undefined, undefined]);
    });
  });
});

// The shared contract against a real Meilisearch, where one is configured.
// Without MEILI_HOST no such tests are registered (none are skipped either).
const meiliHost = process.env.MEILI_HOST;
if (meiliHost) {
  describeSearchEngineContract(`meilisearch at ${meiliHost}`, async () => {
    const database = await createTestDatabase();
    const orm = await MikroORM.init(buildOrmOptions(database.url));
    const clock = new FixedClock(new Date(`${TODAY}T15:00:00Z`));
    const index = await connectMeilisearch(
      { host: meiliHost, apiKey: process.env.MEILI_MASTER_KEY || undefined, indexUid: `rapport_contract_${randomUUID().slice(0, 8)}` },
      loadMeilisearchOutsideJest,
    );
    return {
      engine: new MeilisearchSearchEngine(index, orm.em.fork(), clock),
      em: () => orm.em.fork(),
      today: TODAY,
      close: async () => {
        await index.deleteIndex();
        await orm.close(true);
        await database.drop();
      },
    };
  });
}

async function createTherapist(
  em: EntityManager,
  status: ProfileStatus,
  overrides: Partial<Pick<TherapistProfile, 'formats' | 'officeAddress' | 'officeLatitude' | 'officeLongitude'>> = {},
): Promise<{ profile: TherapistProfile; license: License }> {
  const tag = randomUUID().slice(0, 8);
  const admin = em.create(User, { email: `admin-${tag}@example.com`, passwordHash: 'x', role: Role.ADMIN });
  const user = em.create(User, { email: `therapist-${tag}@example.com`, passwordHash: 'x', role: Role.THERAPIST });
  const profile = em.create(TherapistProfile, {
    user,
    status,
    displayName: `Therapist ${tag}`,
    specialtyConcerns: ['ANXIETY'],
    modalities: ['CBT'],
    feeMinor: 14_000,
    insuranceAccepted: ['AETNA'],
    ...(status === ProfileStatus.SUSPENDED ? { suspendedAt: new Date(), suspensionReason: 'test' } : {}),
    ...overrides,
  });
  const license = em.create(License, {
    therapist: profile,
    licenseType: 'LPC',
    number: `M-${tag}`,
    jurisdiction: 'NY',
    expiresOn: '2030-12-31',
    status: LicenseStatus.VERIFIED,
    reviewedBy: admin,
    reviewedAt: new Date(),
  });
  await em.flush();
  return { profile, license };
}
