import { RequestContext } from '@mikro-orm/postgresql';
import { PostgresSearchEngine } from '../../apps/api/src/matching/search/postgres-search-engine';
import { emptyQuery, rotationFor, SearchQuery } from '../../apps/api/src/matching/search/search-engine.port';
import { SearchProjection } from '../../apps/api/src/matching/search/search-projection';
import { StateRowIndex } from '../../apps/api/src/matching/search/state-row-index';
import { seedDemoTherapists } from '../../prisma-free-schema/seeders/seed-demo-therapists';
import { AGE_GROUPS, COMMUNITIES, CONCERNS, LANGUAGES, MODALITIES } from '@rapport/taxonomy';
import { FixedClock } from '../support/fixed-clock';
import { withoutRowKeys } from '../support/row-keys';
import { masksOutOfStep, textRowsOutOfStep } from '../support/search-read-model-drift';
import { startTestApp, TestApp } from '../support/test-app';

// Issue #12: a state's search reads therapist_search_states (one row per therapist and licensed
// state, the filter and facet columns), kept by a row trigger on therapist_search. After every
// kind of change, it must hold exactly the read model's rows, one per state, column for column.
const TODAY = '2026-11-25';
const clock = new FixedClock(new Date(`${TODAY}T15:00:00Z`));
let app: TestApp;
/**
 * One engine for the whole file, holding states' rows in memory (StateRowIndex) from its first
 * search: the changes the tests make between comparisons must reach what it holds.
 */
let indexed: PostgresSearchEngine;

const sql = <T extends object>(statement: string, params: unknown[] = []) => app.em().getConnection().execute<T[]>(statement, params);

const COLUMNS = [
  'accepting', 'earliest_license_expiry', 'latest_license_expiry', 'formats', 'languages', 'concerns', 'specialty_concerns',
  'treated_concerns', 'modalities', 'communities', 'age_groups', 'gender', 'price_band', 'fee_minor', 'sliding_scale_min_minor', 'insurance',
].join(', ');

/** Rows in one table and not the other, both ways: the states as kept, against the read model unnested. */
async function drift(): Promise<{ kept: number; expected: number; missing: unknown[]; extra: unknown[] }> {
  const expected = `select j as jurisdiction, therapist_id, ${COLUMNS} from therapist_search cross join unnest(jurisdictions) j`;
  const kept = `select jurisdiction, therapist_id, ${COLUMNS} from therapist_search_states`;
  const [counts] = await sql<{ kept: number; expected: number }>(`select (select count(*) from (${kept}) k)::int as kept, (select count(*) from (${expected}) e)::int as expected`);
  const missing = await sql(`${expected} except all ${kept} limit 5`);
  const extra = await sql(`${kept} except all ${expected} limit 5`);
  return { ...counts, missing, extra };
}

const textDrift = () => textRowsOutOfStep(sql);

async function expectInStep(): Promise<void> {
  const result = await drift();
  expect(result.missing).toEqual([]);
  expect(result.extra).toEqual([]);
  expect(result.kept).toBe(result.expected);
  expect(await masksOutOfStep(sql)).toEqual([]);
  expect(await textDrift()).toEqual([]);
}

/** Some listed therapists, in a stable order, with an offset so steps pick different ones. */
async function listed(count: number, offset: number): Promise<string[]> {
  const rows = await sql<{ id: string }>(`select therapist_id as id from therapist_search order by therapist_id limit ? offset ?`, [count, offset]);
  return rows.map((row) => row.id);
}

beforeAll(async () => {
  app = await startTestApp({ clock });
  await seedDemoTherapists(app.em().fork(), { count: 300, today: TODAY, seed: 13, adminUserId: null });
  indexed = new PostgresSearchEngine(app.em(), clock, { keptCounts: false });
});
afterAll(() => app.close());

it('hold one row per listed therapist and licensed state after seeding, some therapists in several states', async () => {
  const [{ multi }] = await sql<{ multi: number }>(`select count(*)::int as multi from therapist_search where cardinality(jurisdictions) > 1`);
  expect(multi).toBeGreaterThan(0);
  const result = await drift();
  expect(result.kept).toBeGreaterThan(250);
  await expectInStep();
});

/**
 * The engine's answers through the per-state rows against the same engine reading therapist_search
 * alone (the reference): candidates in order with their relevance, totals and facets.
 */
async function expectSameAnswersAsTheWideTable(engineClock = clock): Promise<void> {
  const [{ name }] = await sql<{ name: string }>(`select display_name as name from therapist_search where jurisdictions @> array['NY'] order by therapist_id limit 1`);
  const typo = name.slice(0, -2) + name.slice(-1);
  const queries: Partial<SearchQuery>[] = [
    { jurisdiction: 'NY' },
    { jurisdiction: 'CA', acceptingNewClients: true },
    { jurisdiction: 'CA', concerns: ['ANXIETY'], formats: ['VIDEO'] },
    { jurisdiction: 'TX', text: 'trauma' },
    { jurisdiction: 'NY', text: 'anxiety' },
    { jurisdiction: 'NY', text: 'cbt' },
    { jurisdiction: 'NY', text: typo },
    { jurisdiction: 'NY', text: name },
    { jurisdiction: 'CA', text: 'warm practical couples' },
    { jurisdiction: 'CA', text: 'warm practical', formats: ['VIDEO'], maxFeeMinor: 20_000, acceptingNewClients: true },
    { jurisdiction: 'CA', text: 'grief', acceptingNewClients: true, maxFeeMinor: 15_000 },
    { jurisdiction: 'NY', maxFeeMinor: 12_000, slidingScaleOnly: true, languages: ['es'] },
    // Broad sets, most of their state: their tally is the whole set's, less the rows that did not match.
    { jurisdiction: 'NY', formats: ['VIDEO'] },
    { jurisdiction: 'CA', languages: ['en'], acceptingNewClients: true },
    { jurisdiction: 'NY', text: 'therapy' },
    { jurisdiction: 'NY', formats: ['VIDEO'], languages: ['en'], concerns: ['ANXIETY', 'DEPRESSION', 'STRESS'], maxFeeMinor: 18_000, acceptingNewClients: true },
    { jurisdiction: 'NY', insurance: 'AETNA' },
    { jurisdiction: 'CA', ageGroup: 'TEENS', genders: ['WOMAN'], communities: ['LGBTQ_AFFIRMING'] },
    { jurisdiction: 'NY', modalities: ['CBT', 'EMDR'], ageGroup: 'ADULTS', communities: ['VETERANS', 'LGBTQ_AFFIRMING'] },
    { jurisdiction: 'CA', concerns: ['GRIEF', 'PTSD'], languages: ['pt', 'es'] },
    // Values no row holds have no bit: nobody matches, as in the arrays.
    { jurisdiction: 'NY', languages: ['tlh'] },
    { jurisdiction: 'NY', concerns: ['NOT_A_CONCERN'], text: 'anxiety' },
    { jurisdiction: 'VT' },
    { jurisdiction: 'ZZ' },
    { concerns: ['GRIEF'], text: 'loss' },
  ];
  await RequestContext.create(app.em(), async () => {
    const byState = new PostgresSearchEngine(app.em(), engineClock, { keptCounts: false, stateIndex: false });
    const wide = new PostgresSearchEngine(app.em(), engineClock, { keptCounts: false, stateRows: false });
    const held = engineClock === clock ? indexed : new PostgresSearchEngine(app.em(), engineClock, { keptCounts: false });
    // The engine as the app builds it (kept counts on): a whole state is answered from its held rows too.
    const usual = new PostgresSearchEngine(app.em(), engineClock);
    for (const overrides of queries) {
      const query = emptyQuery(overrides);
      const [expected, actual] = [await wide.candidates(query, 400), await byState.candidates(query, 400)];
      expect({ overrides, candidates: actual }).toEqual({ overrides, candidates: expected });
      expect({ overrides, ...(await byState.countAndFacets(query)) }).toEqual({ overrides, ...(await wide.countAndFacets(query)) });
      // Candidates with their counts, in one call: from the state's rows held in memory where it
      // answers, and a few limits and rotations (the order wraps around at the rotation's start).
      for (const [limit, seed] of [[400, 'anonymous'], [7, 'a client'], [1, 'another client']] as const) {
        const rotation = rotationFor(`${TODAY}:${seed}`);
        const reference = await wide.candidatesAndCounts(query, limit, rotation);
        expect({ overrides, limit, ...withoutRowKeys(await held.candidatesAndCounts(query, limit, rotation), { keyed: StateRowIndex.answers(query) }) }).toEqual({ overrides, limit, ...reference });
        expect({ overrides, limit, ...withoutRowKeys(await usual.candidatesAndCounts(query, limit, rotation)) }).toEqual({ overrides, limit, ...reference });
        expect({ overrides, limit, ...withoutRowKeys(await byState.candidatesAndCounts(query, limit, rotation)) }).toEqual({ overrides, limit, ...reference });
      }
    }
  });
}

it('answer every kind of search exactly as therapist_search alone does: order, relevance, totals, facets', async () => {
  const [{ texts }] = await sql<{ texts: number }>(
    `select count(*)::int as texts from therapist_search where jurisdictions @> array['TX'] and search_document @@ websearch_to_tsquery('english', 'trauma')`,
  );
  expect(texts).toBeGreaterThan(0);
  await expectSameAnswersAsTheWideTable();
});

it("answer as therapist_search does on a later day, when some therapists' licenses in a state have lapsed and others' elsewhere", async () => {
  const later = '2027-09-01';
  const [{ doubtful, lapsed }] = await sql<{ doubtful: number; lapsed: number }>(
    `select count(*)::int as doubtful, count(*) filter (where not exists (select 1 from licenses l where l.therapist_id = p.therapist_id
       and l.status = 'VERIFIED' and l.expires_on >= ? and l.jurisdiction = p.jurisdiction))::int as lapsed
     from therapist_search_states p where p.earliest_license_expiry < ? and p.latest_license_expiry >= ?`,
    [later, later, later],
  );
  // Rows whose earliest license has expired: some still licensed in their state, some not.
  expect(lapsed).toBeGreaterThan(0);
  expect(doubtful).toBeGreaterThan(lapsed);
  await expectSameAnswersAsTheWideTable(new FixedClock(new Date(`${later}T15:00:00Z`)));
});

it('follow profile changes to every filtered and counted column, many therapists in one statement', async () => {
  const ids = await listed(40, 0);
  await sql(
    `update therapist_profiles set languages = array['en', 'pt'], modalities = array['EMDR'], gender = null, fee_minor = 9000,
       sliding_scale_min_minor = 6000, sliding_scale_max_minor = 12000, age_groups = array['ADULTS'], formats = array['IN_PERSON'], insurance_accepted = array['AETNA']
     where id = any(array[?]::uuid[])`,
    [ids],
  );
  await sql(`update therapist_profiles set specialty_concerns = array['GRIEF'], treated_concerns = '{}', communities = array['LGBTQ_AFFIRMING'], fee_minor = null where id = any(array[?]::uuid[])`, [ids.slice(0, 10)]);
  await sql(`update therapist_profiles set accepts_new_clients = not accepts_new_clients where id = any(array[?]::uuid[])`, [ids.slice(10, 20)]);
  // The text rows: a new name, headline and bio.
  await sql(`update therapist_profiles set display_name = display_name || ' Renamed', headline = 'Calm, practical help with panic', bio = coalesce(bio, '') || ' Sandplay.' where id = any(array[?]::uuid[])`, [ids.slice(20, 30)]);
  await expectInStep();
  const [{ renamed }] = await sql<{ renamed: number }>(`select count(distinct therapist_id)::int as renamed from therapist_search_state_texts where display_name like '% Renamed' and search_document @@ to_tsquery('english', 'sandplay')`);
  expect(renamed).toBe(10);
});

it('follow licenses added in another state, moved, rejected and renewed, and suspensions', async () => {
  const ids = await listed(40, 40);
  await sql(
    `insert into licenses (id, therapist_id, jurisdiction, license_type, number, status, expires_on, submitted_at, reviewed_at, reviewed_by_id)
     select gen_random_uuid(), t, 'VT', 'LCSW', 'VT-' || left(t::text, 8), 'VERIFIED', date '2028-01-01', now(), now(),
       (select reviewed_by_id from licenses where status = 'VERIFIED' limit 1)
     from unnest(array[?]::uuid[]) t`,
    [ids.slice(0, 10)],
  );
  await sql(`update licenses set jurisdiction = 'ME' where therapist_id = any(array[?]::uuid[])`, [ids.slice(10, 20)]);
  await sql(`update licenses set status = 'REJECTED', rejection_reason = 'Number not found with the board' where therapist_id = any(array[?]::uuid[])`, [ids.slice(20, 30)]);
  await sql(`update licenses set expires_on = date '2031-06-30' where therapist_id = any(array[?]::uuid[])`, [ids.slice(30)]);
  await sql(`update therapist_profiles set status = 'SUSPENDED', suspension_reason = 'License under investigation' where id = any(array[?]::uuid[])`, [ids.slice(30, 35)]);
  const [{ vt }] = await sql<{ vt: number }>(`select count(*)::int as vt from therapist_search_states where jurisdiction = 'VT'`);
  expect(vt).toBe(10);
  await expectInStep();
});

it('hold the largest profile the rules allow in the covering index (btree entries are capped near 2.7 KB)', async () => {
  // The longest codes in the biggest numbers the profile input accepts: 3 specialties, 40 treated
  // concerns, 15 approaches, 10 languages, every community, age group and format.
  const longest = (codes: string[], count: number) => [...codes].sort((a, b) => b.length - a.length || a.localeCompare(b)).slice(0, count);
  const concerns = longest(CONCERNS.map((concern) => concern.code), 43);
  const [id] = await listed(1, 120);
  await sql(
    `update therapist_profiles set specialty_concerns = array[?]::text[], treated_concerns = array[?]::text[], modalities = array[?]::text[],
       languages = array[?]::text[], communities = array[?]::text[], age_groups = array[?]::text[],
       formats = array['VIDEO', 'PHONE', 'IN_PERSON'] where id = ?`,
    [concerns.slice(0, 3), concerns.slice(3), longest(MODALITIES.map((modality) => modality.code), 15), longest(LANGUAGES.map((language) => language.code), 10),
      COMMUNITIES.map((community) => community.code), AGE_GROUPS.map((group) => group.code), id],
  );
  const [row] = await sql<{ treated: number }>(`select cardinality(treated_concerns)::int as treated from therapist_search_states where therapist_id = ? limit 1`, [id]);
  expect(row.treated).toBe(40);
  await expectInStep();
});

it('are not rewritten by availability changes (the daily roll and bookings touch no column they hold)', async () => {
  const snapshot = () =>
    sql(`select jurisdiction, therapist_id, xmin::text as version from therapist_search_states
         union all select 'text ' || jurisdiction, therapist_id, xmin::text from therapist_search_state_texts order by 1, 2`);
  const before = await snapshot();
  await sql(`update therapist_search set availability_stale = true, availability_version = availability_version + 1, next_open_at = now(), open_slot_starts = '{}'`);
  expect(await snapshot()).toEqual(before);
});

it("lose a therapist's rows when the read-model row goes", async () => {
  const ids = await listed(10, 100);
  await sql(`delete from therapist_search where therapist_id = any(array[?]::uuid[])`, [ids]);
  const [{ left }] = await sql<{ left: number }>(`select count(*)::int as left from therapist_search_states where therapist_id = any(array[?]::uuid[])`, [ids]);
  expect(left).toBe(0);
  await expectInStep();
});

it('still answer as therapist_search does after all those changes', async () => {
  await expectSameAnswersAsTheWideTable();
});

it('are rewritten by the rebuild command, which repairs rows that drifted (a restore with triggers off)', async () => {
  await sql(`update therapist_search_states set languages = array['xx'] where jurisdiction = (select min(jurisdiction) from therapist_search_states)`);
  await sql(`delete from therapist_search_states where therapist_id = (select therapist_id from therapist_search_states order by therapist_id limit 1)`);
  await sql(`update therapist_search_state_texts set display_name = 'Drifted' where therapist_id = (select therapist_id from therapist_search_state_texts order by therapist_id desc limit 1)`);
  await sql(`delete from therapist_search_state_texts where (jurisdiction, therapist_id) = (select jurisdiction, therapist_id from therapist_search_state_texts order by therapist_id limit 1)`);
  await expect(expectInStep()).rejects.toThrow();
  expect(await textDrift()).not.toEqual([]);
  await RequestContext.create(app.em(), () => app.app.get(SearchProjection).rebuild());
  await expectInStep();
});
