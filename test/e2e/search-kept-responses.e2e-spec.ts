import { RequestContext } from '@mikro-orm/postgresql';
import { DiscoveryService } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, GraphQLObjectType } from 'graphql';
import { addDays, localDateOf, startOfLocalDay } from '@rapport/domain';
import { SearchTherapistsInput } from '../../apps/api/src/matching/dto/search-therapists.input';
import { MatchingService } from '../../apps/api/src/matching/matching.service';
import { KeptSearchResponses } from '../../apps/api/src/matching/search/kept-responses';
import { AnswerValidity } from '../../apps/api/src/matching/search/search-cache';
import { SearchProjection } from '../../apps/api/src/matching/search/search-projection';
import { createAdmin, signUpAs } from '../support/accounts';
import { bookFree, createBookableTherapist } from '../support/bookings';
import { FixedClock } from '../support/fixed-clock';
import { settleBookingWork } from '../support/settle';
import { errorCode, graphql } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';
import { seedListedTherapists } from '../support/therapists';

// Issue #12: a repeated search is answered with the JSON sent last time, nothing parsed or executed
// (KeptSearchResponses). It must never show what a fresh computation would not: every kind of change
// a results page shows, the clock passing what it shows, and for a signed-in caller a new intake or
// a logout make the next one computed; and nobody is ever sent an answer kept for someone else.
const TODAY = '2026-11-25';
const NOW = `${TODAY}T15:00:07Z`;
const clock = new FixedClock(new Date(NOW));
let app: TestApp;
let computed: jest.SpyInstance;

const SEARCH = `query ($input: SearchTherapistsInput!) { searchTherapists(input: $input) {
  total nextCursor facets { concern { value count } }
  items { score nextSlots { startsAt } therapist { id displayName pronouns acceptsNewClients licenses { jurisdiction expiresOn } sessionTypes { id priceMinor } } } } }`;
const NY = { jurisdiction: 'NY', timeZone: 'America/New_York' };
/** The input's defaults, as GraphQL fills them in, for calling the service itself. */
const DEFAULT_INPUT = {
  useMyIntake: false, concerns: [], modalities: [], languages: [], communities: [], formats: [], genders: [],
  slidingScaleOnly: false, acceptingNewClients: false, relax: [], first: 10,
} as unknown as SearchTherapistsInput;

interface Item {
  nextSlots: { startsAt: string }[];
  therapist: { id: string; displayName: string; pronouns: string | null; licenses: { expiresOn: string }[]; sessionTypes: { id: string; priceMinor: number }[] };
}

/** An app with demo therapists whose summaries are computed, and a spy on the service that computes searches. */
interface SearchApp {
  app: TestApp;
  computed: jest.SpyInstance;
}

async function startSearchApp(options: { count: number; seed: number; env?: Record<string, string> }): Promise<SearchApp> {
  const started = await startTestApp({ clock, env: options.env });
  await seedListedTherapists(started, { count: options.count, today: TODAY, seed: options.seed });
  return { app: started, computed: jest.spyOn(started.app.get(MatchingService), 'search') };
}

/** The search's answer, and whether it was computed (the resolver ran) or sent as kept. */
async function search(input: Record<string, unknown>, auth: { token?: string } = {}, query = SEARCH, on: SearchApp = { app, computed }) {
  const before = on.computed.mock.calls.length;
  const response = await graphql(on.app.baseUrl, query, { input }, auth);
  return { response, computed: on.computed.mock.calls.length > before };
}

async function items(input: Record<string, unknown> = NY, on?: SearchApp): Promise<{ items: Item[]; computed: boolean }> {
  const { response, computed: wasComputed } = await search(input, {}, SEARCH, on);
  expect(response.errors).toBeUndefined();
  return { items: response.data!.searchTherapists.items, computed: wasComputed };
}

const sql = (text: string, params: unknown[] = []) => app.em().getConnection().execute(text, params);

// What @nestjs/graphql's @Resolver and @ResolveField record (its graphql.constants, not exported from the package root).
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';
const RESOLVER_PROPERTY_METADATA = 'graphql:resolve_property';

beforeAll(async () => {
  ({ app, computed } = await startSearchApp({ count: 150, seed: 11 }));
}, 180_000);
afterAll(() => app.close());
beforeEach(async () => {
  clock.set(NOW);
  // What the outbox does after a change: a stale summary (a session type changed) is recomputed.
  // Until then a search is computed every time, exactly, and kept by nobody.
  await RequestContext.create(app.em(), () => app.app.get(SearchProjection).refreshDue(0));
});

it('sends a repeated anonymous search as kept, the same as computed, and computes other inputs', async () => {
  const first = await search({ ...NY, first: 7 });
  expect(first.computed).toBe(true);
  expect(first.response.data!.searchTherapists.items).toHaveLength(7);
  const again = await search({ ...NY, first: 7 });
  expect(again).toEqual({ response: first.response, computed: false });
  expect((await search({ ...NY, first: 8 })).computed).toBe(true);
  expect((await search({ ...NY, first: 7, concerns: ['GRIEF'] })).computed).toBe(true);
  expect(app.app.get(KeptSearchResponses).size).toBeGreaterThanOrEqual(3);
});

describe('computes afresh after every kind of change a page shows, and shows it', () => {
  const changes: [string, (item: Item) => Promise<unknown>, (item: Item) => unknown][] = [
    // Pronouns are shown, not searched: only the page counter sees them change.
    ['a profile field', (item) => sql(`update therapist_profiles set pronouns = 'they/them (changed)' where id = ?`, [item.therapist.id]), (item) => item.therapist.pronouns],
    ['a license', (item) => sql(`update licenses set expires_on = expires_on + 1 where therapist_id = ?`, [item.therapist.id]), (item) => item.therapist.licenses.map((license) => license.expiresOn)],
    [
      'a session type',
      (item) => sql(`update session_types set price_minor = price_minor + 1 where therapist_id = ? and kind <> 'CONSULTATION'`, [item.therapist.id]),
      (item) => item.therapist.sessionTypes.map((type) => type.priceMinor),
    ],
    [
      'an availability summary',
      (item) => sql(`update therapist_search set open_slot_starts = '{}', next_open_at = null where therapist_id = ?`, [item.therapist.id]),
      (item) => item.nextSlots,
    ],
  ];

  it.each(changes)('%s', async (_kind, change, shown) => {
    await items();
    const kept = await items();
    expect(kept.computed).toBe(false);
    const target = kept.items.find((item) => item.nextSlots.length > 0 && item.therapist.sessionTypes.some((type) => type.priceMinor > 0))!;
    await change(target);
    const after = await items();
    expect(after.computed).toBe(true);
    const changed = after.items.find((item) => item.therapist.id === target.therapist.id);
    // Each change is visible on the page (or, with no open time left, the therapist moved off it).
    if (changed) expect(shown(changed)).not.toEqual(shown(target));
  });
});

it("keeps a state's answers while open times change only for therapists licensed in none of its group's states", async () => {
  await items();
  expect((await items()).computed).toBe(false);
  // Bookings elsewhere: New York's answers hold (none of these therapists can be among its candidates).
  const elsewhere = await sql(
    `select therapist_id from therapist_search s where cardinality(open_slot_starts) > 0
       and not exists (select 1 from unnest(s.jurisdictions) j where therapist_ranking_group(j) = therapist_ranking_group('NY')) limit 3`,
  );
  expect(elsewhere).toHaveLength(3);
  for (const { therapist_id: id } of elsewhere) await sql(`update therapist_search set open_slot_starts = open_slot_starts[2:] where therapist_id = ?`, [id]);
  expect((await items()).computed).toBe(false);
  // A booking with a therapist licensed in New York, not on this page: computed afresh.
  const shown = (await items()).items.map((item) => item.therapist.id);
  const [{ therapist_id: here }] = await sql(
    `select therapist_id from therapist_search where 'NY' = any(jurisdictions) and cardinality(open_slot_starts) > 1 and not (therapist_id = any(?::uuid[])) limit 1`,
    [`{${shown.join(',')}}`],
  );
  await sql(`update therapist_search set open_slot_starts = open_slot_starts[2:] where therapist_id = ?`, [here]);
  expect((await items()).computed).toBe(true);
});

it("keeps a state's answers through a booking of a therapist licensed there whom they did not rank, and ends those that ranked them", async () => {
  // New York by a format some of its therapists offer and some do not: the answer ranks those who do.
  const [{ format }] = await sql(
    `select f as format from unnest(array['PHONE', 'IN_PERSON', 'VIDEO']) f
     where exists (select 1 from therapist_search where 'NY' = any(jurisdictions) and cardinality(open_slot_starts) > 1 and not (f = any(formats)))
       and exists (select 1 from therapist_search where 'NY' = any(jurisdictions) and cardinality(open_slot_starts) > 1 and f = any(formats))
     limit 1`,
  );
  const input = { ...NY, formats: [format] };
  const first = await items(input);
  expect(first.computed).toBe(true);
  expect(first.items.length).toBeGreaterThan(0);
  expect((await items(input)).computed).toBe(false);
  const booked = async (offers: boolean) => {
    const [{ therapist_id: id }] = await sql(
      `select therapist_id from therapist_search where 'NY' = any(jurisdictions) and cardinality(open_slot_starts) > 1 and (? = any(formats)) = ? limit 1`,
      [format, offers],
    );
    await sql(`update therapist_search set open_slot_starts = open_slot_starts[2:] where therapist_id = ?`, [id]);
  };
  // New York's ranking counter moves, for a therapist this answer never ranked: sent as kept.
  await booked(false);
  const kept = await items(input);
  expect(kept).toEqual({ ...first, computed: false });
  // And for one it ranked (on its page or not): computed afresh.
  await booked(true);
  expect((await items(input)).computed).toBe(true);
});

it("keeps a state's answers through a booking with a therapist licensed elsewhere, and ends those where they are licensed", async () => {
  const admin = await createAdmin(app);
  const therapist = await createBookableTherapist(app, admin, { profile: { displayName: 'Dr. Booked Elsewhere' } }); // licensed in NY
  const client = await signUpAs(app, 'CLIENT');
  await settleBookingWork(app);
  const CA = { jurisdiction: 'CA', timeZone: 'America/Los_Angeles' };
  for (const input of [CA, NY]) {
    await items(input);
    expect((await items(input)).computed).toBe(false);
  }
  // Thursday 10:00 in New York, the next morning.
  await bookFree(app, client, therapist, '2026-11-26T15:00:00.000Z');
  await settleBookingWork(app);
  expect((await items(CA)).computed).toBe(false);
  expect((await items(NY)).computed).toBe(true);
});

it('computes afresh when the clock reaches an open time it shows', async () => {
  const [top] = (await items()).items;
  await sql(
    `update therapist_search set open_slot_starts = array[(extract(epoch from timestamptz '${TODAY}T16:00:00Z') / 60)::int] || open_slot_starts, minimum_notice_minutes = 0 where therapist_id = ?`,
    [top.therapist.id],
  );
  const startsOf = (found: Item[]) => found.find((item) => item.therapist.id === top.therapist.id)?.nextSlots.map((slot) => slot.startsAt) ?? [];
  const shown = await items({ ...NY, first: 50 });
  expect(startsOf(shown.items)[0]).toBe(`${TODAY}T16:00:00.000Z`);
  clock.set(`${TODAY}T15:00:50Z`);
  expect((await items({ ...NY, first: 50 })).computed).toBe(false);
  clock.set(`${TODAY}T16:00:01Z`);
  const after = await items({ ...NY, first: 50 });
  expect(after.computed).toBe(true);
  expect(startsOf(after.items)).not.toContain(`${TODAY}T16:00:00.000Z`);
});

it("holds an answer no longer than the client's day, in the zone they search in", async () => {
  // At 15:00:07Z it is 23:45 in Eucla (UTC+8:45): the day ends before any open time here changes.
  for (const timeZone of ['Australia/Eucla', 'Pacific/Kiritimati', 'America/New_York', 'Pacific/Pago_Pago']) {
    const validity = new AnswerValidity();
    await RequestContext.create(app.em(), () => app.app.get(MatchingService).search({ ...DEFAULT_INPUT, ...NY, timeZone }, null, { validity }));
    const endOfDay = startOfLocalDay(addDays(localDateOf(clock.now(), timeZone), 1), timeZone).getTime();
    expect(validity.untilMs).toBeLessThanOrEqual(endOfDay);
    expect(validity.untilMs).toBeGreaterThan(clock.now().getTime());
  }
});

describe('signed in', () => {
  const SUBMIT_INTAKE = `mutation ($input: SubmitIntakeInput!) { submitIntake(input: $input) { revision } }`;
  const MATCH = `query ($input: SearchTherapistsInput!) { searchTherapists(input: $input) {
    crisisResources { name } items { therapist { id } reasons { text } } } }`;
  const intakeOf = (concern: string, phq9: number[]) => ({
    concerns: [{ code: concern, priority: 3 }], jurisdiction: 'NY', timeZone: 'America/New_York', format: 'VIDEO', languages: ['en'], phq9,
  });
  const NO_RISK = [1, 1, 0, 0, 0, 0, 0, 0, 0];
  const ITEM_9 = [1, 1, 0, 0, 0, 0, 0, 0, 1];
  const FROM_INTAKE = { useMyIntake: true, timeZone: 'America/New_York' };
  const match = async (auth: { token?: string }) => {
    const { response, computed: wasComputed } = await search(FROM_INTAKE, auth, MATCH);
    return { result: response.data?.searchTherapists, code: errorCode(response), computed: wasComputed };
  };

  it("keeps a caller's own answer for them alone, until their intake changes or their session ends", async () => {
    const [ana, ben] = [await signUpAs(app, 'CLIENT'), await signUpAs(app, 'CLIENT')];
    for (const client of [ana, ben]) await graphql(app.baseUrl, SUBMIT_INTAKE, { input: intakeOf('GRIEF', NO_RISK) }, client);
    const first = await match(ana);
    expect(first.computed).toBe(true);
    expect(first.result.items.length).toBeGreaterThan(0);
    expect(await match(ana)).toEqual({ ...first, computed: false });
    // The same query from someone else: their own intake, their own fairness order, computed for them.
    expect((await match(ben)).computed).toBe(true);
    expect((await match(ben)).computed).toBe(false);
    // Ana answers again, now with item 9: crisis resources come first, computed afresh.
    await graphql(app.baseUrl, SUBMIT_INTAKE, { input: intakeOf('GRIEF', ITEM_9) }, ana);
    const after = await match(ana);
    expect(after.computed).toBe(true);
    expect(after.result.crisisResources.length).toBeGreaterThan(0);
    // Signed out, the same token is nobody: the resolver refuses, nothing kept is sent.
    expect(errorCode(await graphql(app.baseUrl, `mutation { logOut }`, {}, ana))).toBeUndefined();
    expect(await match(ana)).toMatchObject({ code: 'UNAUTHENTICATED', computed: true });
  });

  it('never sends a signed-in caller the answer kept for everyone, nor everyone theirs', async () => {
    await items();
    expect((await items()).computed).toBe(false);
    const client = await signUpAs(app, 'CLIENT');
    expect((await search(NY, client)).computed).toBe(true);
    expect((await search(NY, client)).computed).toBe(false);
    expect((await items()).computed).toBe(false);
  });
});

it('keeps no answer with errors, and nothing but a search asked alone', async () => {
  const missingState = { timeZone: 'America/New_York' };
  for (let i = 0; i < 2; i++) {
    const { response, computed: wasComputed } = await search(missingState);
    expect([errorCode(response), wasComputed]).toEqual(['BAD_USER_INPUT', true]);
  }
  const withTaxonomy = `query ($input: SearchTherapistsInput!) { searchTherapists(input: $input) { total } taxonomy { concerns { code } } }`;
  for (let i = 0; i < 2; i++) expect((await search(NY, {}, withTaxonomy)).computed).toBe(true);
  const aliased = `query ($input: SearchTherapistsInput!) { directory: searchTherapists(input: $input) { total } }`;
  expect((await search(NY, {}, aliased)).computed).toBe(true);
  expect((await search(NY, {}, aliased)).computed).toBe(false);
  const twice = `query ($input: SearchTherapistsInput!) { a: searchTherapists(input: $input) { total } b: searchTherapists(input: $input) { total } }`;
  for (let i = 0; i < 2; i++) expect((await search(NY, {}, twice)).computed).toBe(true);
  // Past 16 kB a document is left to Apollo (a comment pads it; it is still one valid search).
  const padded = `# ${'x'.repeat(17_000)}\n${aliased}`;
  for (let i = 0; i < 2; i++) expect((await search(NY, {}, padded)).computed).toBe(true);
});

it('keeps answers per media type asked, as Apollo answers each in its own', async () => {
  const ask = async (accept: string) => {
    const before = computed.mock.calls.length;
    const response = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept },
      body: JSON.stringify({ query: SEARCH, variables: { input: { ...NY, first: 3 } } }),
    });
    return { type: response.headers.get('content-type'), computed: computed.mock.calls.length > before, total: ((await response.json()) as any).data.searchTherapists.total };
  };
  const graphqlResponse = await ask('application/graphql-response+json');
  expect(graphqlResponse).toMatchObject({ type: expect.stringMatching(/^application\/graphql-response\+json/), computed: true });
  expect(await ask('application/json')).toMatchObject({ type: expect.stringMatching(/^application\/json/), computed: true, total: graphqlResponse.total });
  expect(await ask('application/graphql-response+json')).toEqual({ ...graphqlResponse, computed: false });
  expect(await ask('application/json')).toMatchObject({ type: expect.stringMatching(/^application\/json/), computed: false });
});

it('knows every field of a search answer that reads beyond the counters it watches', () => {
  // A field resolver reads at request time: the tables it reads must move therapist_page_changes
  // (migration 20261205010000), or a kept answer would show them stale. Adding one to a type a
  // search answer holds means adding its tables to that migration's triggers, then here.
  const { schema } = app.app.get(GraphQLSchemaHost);
  const reachable = new Set<string>();
  const visit = (type: GraphQLObjectType) => {
    if (reachable.has(type.name)) return;
    reachable.add(type.name);
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (named instanceof GraphQLObjectType) visit(named);
    }
  };
  visit(getNamedType(schema.getQueryType()!.getFields().searchTherapists.type) as GraphQLObjectType);
  const fieldResolvers = app.app
    .get(DiscoveryService)
    .getProviders()
    .flatMap(({ metatype }) => {
      const typeName: unknown = typeof metatype === 'function' ? Reflect.getMetadata(RESOLVER_NAME_METADATA, metatype as object) : undefined;
      if (typeof typeName !== 'string' || !reachable.has(typeName)) return [];
      const prototype = (metatype as { prototype: Record<string, object> }).prototype;
      return Object.getOwnPropertyNames(prototype)
        .filter((key) => typeof prototype[key] === 'function' && Reflect.getMetadata(RESOLVER_PROPERTY_METADATA, prototype[key]))
        .map((key) => `${typeName}.${Reflect.getMetadata(RESOLVER_NAME_METADATA, prototype[key]) ?? key}`);
    });
  expect(reachable.has('TherapistProfile')).toBe(true);
  expect(fieldResolvers.sort()).toEqual(['TherapistProfile.sessionTypes']);
});

describe('with SEARCH_AVAILABILITY_LAG_SECONDS=30', () => {
  let on: SearchApp;
  const lagSql = (text: string, params: unknown[] = []) => on.app.em().getConnection().execute(text, params);
  const ask = () => items(NY, on);
  beforeAll(async () => {
    on = await startSearchApp({ count: 60, seed: 12, env: { SEARCH_AVAILABILITY_LAG_SECONDS: '30' } });
  }, 180_000);
  afterAll(() => on.app.close());

  it('sends a kept answer for 30 s after the open times it ranked on changed, then shows the change', async () => {
    await ask();
    const kept = await ask();
    expect(kept.computed).toBe(false);
    const target = kept.items.find((item) => item.nextSlots.length > 0)!;
    await lagSql(`update therapist_search set open_slot_starts = '{}', next_open_at = null where therapist_id = ?`, [target.therapist.id]);
    // Kept at 15:00:07: sent as it was until 15:00:37.
    clock.set(`${TODAY}T15:00:36.999Z`);
    expect(await ask()).toEqual(kept);
    clock.set(`${TODAY}T15:00:37Z`);
    const after = await ask();
    expect(after.computed).toBe(true);
    const changed = after.items.find((item) => item.therapist.id === target.therapist.id);
    // No open time left: off the page, or on it with none shown.
    if (changed) expect(changed.nextSlots).toEqual([]);
  });

  it('ranks the next page as the kept first page was ranked, so nobody is repeated or skipped', async () => {
    const firstPage = await graphql(on.app.baseUrl, SEARCH, { input: { ...NY, first: 5 } });
    const after = firstPage.data!.searchTherapists.nextCursor as string;
    const secondPage = (query: string) => graphql(on.app.baseUrl, query, { input: { ...NY, first: 5, after } });
    const before = (await secondPage(SEARCH)).data!.searchTherapists.items as Item[];
    // The second page's first therapist loses every open time: ranked afresh, they would move down.
    await lagSql(`update therapist_search set open_slot_starts = '{}', next_open_at = null where therapist_id = ?`, [before[0].therapist.id]);
    // Another document asks for the same page: not a kept answer, computed from the kept ranking.
    const calls = on.computed.mock.calls.length;
    const again = await secondPage(SEARCH.replace('total nextCursor', 'total nextCursor __typename'));
    expect(on.computed.mock.calls.length).toBe(calls + 1);
    expect((again.data!.searchTherapists.items as Item[]).map((item) => item.therapist.id)).toEqual(before.map((item) => item.therapist.id));
  });

  it('ends it at once for any other change a page shows', async () => {
    await ask();
    const kept = await ask();
    expect(kept.computed).toBe(false);
    await lagSql(`update therapist_profiles set pronouns = 'they/them (lagging)' where id = ?`, [kept.items[0].therapist.id]);
    const after = await ask();
    expect(after.computed).toBe(true);
    expect(after.items.find((item) => item.therapist.id === kept.items[0].therapist.id)?.therapist.pronouns).toBe('they/them (lagging)');
  });
});

describe('with a small search budget', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await startTestApp({ clock, env: { PUBLIC_QUERY_RATE_LIMIT_PER_MINUTE: '3' } });
  });
  afterAll(() => limited.close());

  it('spends one search of the budget on a computed search, not two', async () => {
    const caller = { forwardedFor: '203.0.113.9' };
    const codes = [];
    for (let first = 1; first <= 4; first++) codes.push(errorCode(await graphql(limited.baseUrl, SEARCH, { input: { ...NY, first } }, caller)));
    expect(codes).toEqual([undefined, undefined, undefined, 'TOO_MANY_REQUESTS']);
  });

  it('spends the caller’s budget on kept answers too', async () => {
    const keptBefore = limited.app.get(KeptSearchResponses).size;
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push(errorCode(await graphql(limited.baseUrl, SEARCH, { input: NY })));
    expect(codes).toEqual([undefined, undefined, undefined, 'TOO_MANY_REQUESTS']);
    expect(limited.app.get(KeptSearchResponses).size).toBe(keptBefore + 1);
  });
});

it('keeps nothing with SEARCH_CACHE_SECONDS=0', async () => {
  const off = await startTestApp({ clock, env: { SEARCH_CACHE_SECONDS: '0' } });
  try {
    const spy = jest.spyOn(off.app.get(MatchingService), 'search');
    for (let i = 0; i < 2; i++) expect((await graphql(off.baseUrl, SEARCH, { input: NY })).errors).toBeUndefined();
    expect([spy.mock.calls.length, off.app.get(KeptSearchResponses).size]).toEqual([2, 0]);
  } finally {
    await off.close();
  }
});
