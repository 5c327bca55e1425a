import { Knex, RequestContext } from '@mikro-orm/postgresql';
import { PostgresSearchEngine } from '../../apps/api/src/matching/search/postgres-search-engine';
import { emptyQuery, rotationFor, SearchQuery } from '../../apps/api/src/matching/search/search-engine.port';
import { SearchProjection } from '../../apps/api/src/matching/search/search-projection';
import { seedDemoTherapists } from '../../prisma-free-schema/seeders/seed-demo-therapists';
import { FixedClock } from '../support/fixed-clock';
import { withoutRowKeys } from '../support/row-keys';
import { startTestApp, TestApp } from '../support/test-app';

// Issue #12: a state's search with words matches them in the state's text rows with a statement of
// its own, and the state's rows held in the API process (StateRowIndex) take those matches. The
// matches are held per state and words with the state's row version read beside them: a search
// with the same words sends no such statement while its own statement reads the same row version.
// Any write to a row licensed in the state (a name, a headline or bio, a license) moves that
// version, so the words are matched again; a write elsewhere leaves them held. Every answer is
// compared with the engine answering in SQL over the same rows.
const TODAY = '2026-11-25';
const clock = new FixedClock(new Date(`${TODAY}T15:00:00Z`));
const ROTATION = rotationFor(`${TODAY}:anonymous`);
let app: TestApp;
/** One engine for the file: what it holds must follow the writes the tests make between searches. */
let held: PostgresSearchEngine;

const sql = <T extends object>(statement: string, params: unknown[] = []) => app.em().getConnection().execute<T[]>(statement, params);

/** The engine's answer, with how many statements matched words in a state's text rows while it ran. */
async function search(overrides: Partial<SearchQuery>, engine: PostgresSearchEngine) {
  const knex = app.em().getKnex();
  let wordStatements = 0;
  const listener = (query: { sql: string; bindings: readonly Knex.RawBinding[] }) => {
    if (/from therapist_search_state_texts\b/.test(query.sql)) wordStatements += 1;
  };
  const query = emptyQuery(overrides);
  knex.on('query', listener);
  try {
    return await RequestContext.create(app.em(), async () => {
      const answer = withoutRowKeys(await engine.candidatesAndCounts(query, 400, ROTATION));
      return { answer, wordStatements };
    });
  } finally {
    knex.removeListener('query', listener);
  }
}

/** The same set in SQL over the state's rows (no rows held): what a search must answer. */
function reference(overrides: Partial<SearchQuery>) {
  return RequestContext.create(app.em(), () =>
    new PostgresSearchEngine(app.em(), clock, { stateIndex: false }).candidatesAndCounts(emptyQuery(overrides), 400, ROTATION),
  );
}

/** A search through `engine` (the file's, by default), compared with SQL. */
async function expectAsSql(overrides: Partial<SearchQuery>, engine = held) {
  const { answer, wordStatements } = await search(overrides, engine);
  expect({ overrides, ...answer }).toEqual({ overrides, ...(await reference(overrides)) });
  return { answer, wordStatements };
}

/** A therapist listed in `jurisdiction` alone, by position. */
async function onlyIn(jurisdiction: string, offset = 0): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `select therapist_id as id from therapist_search where jurisdictions = array[?]::text[] order by therapist_id limit 1 offset ?`,
    [jurisdiction, offset],
  );
  expect(row).toBeDefined();
  return row.id;
}

beforeAll(async () => {
  app = await startTestApp({ clock });
  await seedDemoTherapists(app.em().fork(), { count: 300, today: TODAY, seed: 13, adminUserId: null });
  held = new PostgresSearchEngine(app.em(), clock);
});
afterAll(() => app.close());

it('match the same words in a state once while no row there is written: per state and words, as SQL answers', async () => {
  const first = await expectAsSql({ jurisdiction: 'TX', text: 'trauma' });
  expect(first.answer.candidates.length).toBeGreaterThan(0);
  expect(first.wordStatements).toBe(1);
  expect((await expectAsSql({ jurisdiction: 'TX', text: 'trauma' })).wordStatements).toBe(0);
  // The same words with filters: the same rows' matches.
  expect((await expectAsSql({ jurisdiction: 'TX', text: 'trauma', formats: ['VIDEO'] })).wordStatements).toBe(0);
  // Other words, or the same in another state: matched afresh, then held too.
  expect((await expectAsSql({ jurisdiction: 'TX', text: 'grief' })).wordStatements).toBe(1);
  expect((await expectAsSql({ jurisdiction: 'NY', text: 'trauma' })).wordStatements).toBe(1);
  expect((await expectAsSql({ jurisdiction: 'NY', text: 'trauma' })).wordStatements).toBe(0);
  expect((await expectAsSql({ jurisdiction: 'TX', text: 'grief' })).wordStatements).toBe(0);
});

it("match them again after a write to a row of the state, finding a bio's new words and a new name", async () => {
  const before = await expectAsSql({ jurisdiction: 'TX', text: 'sandplay' });
  expect(before.answer.candidates).toEqual([]);
  expect((await expectAsSql({ jurisdiction: 'TX', text: 'sandplay' })).wordStatements).toBe(0);

  const therapist = await onlyIn('TX');
  await sql(`update therapist_profiles set bio = coalesce(bio, '') || ' I often use sandplay.' where id = ?`, [therapist]);
  const after = await expectAsSql({ jurisdiction: 'TX', text: 'sandplay' });
  expect(after.wordStatements).toBe(1);
  expect(after.answer.candidates.map(({ id }) => id)).toEqual([therapist]);

  // A name, found by its trigrams (a typo of it), in a state whose words were held before.
  expect((await expectAsSql({ jurisdiction: 'TX', text: 'Quillonbey Mrsh' })).answer.candidates).toEqual([]);
  const renamed = await onlyIn('TX', 1);
  await sql(`update therapist_profiles set display_name = 'Quillonbey Marsh' where id = ?`, [renamed]);
  const found = await expectAsSql({ jurisdiction: 'TX', text: 'Quillonbey Mrsh' });
  expect(found.wordStatements).toBe(1);
  expect(found.answer.candidates.map(({ id }) => id)).toContain(renamed);
});

it('match them again after a write that only moves open times (the row version moves), and keep them through writes in other states', async () => {
  expect((await expectAsSql({ jurisdiction: 'TX', text: 'trauma' })).wordStatements).toBe(1);
  expect((await expectAsSql({ jurisdiction: 'TX', text: 'trauma' })).wordStatements).toBe(0);
  // A bio in California alone: Texas's words stand.
  await sql(`update therapist_profiles set bio = coalesce(bio, '') || ' Trauma-informed.' where id = ?`, [await onlyIn('CA')]);
  expect((await expectAsSql({ jurisdiction: 'TX', text: 'trauma' })).wordStatements).toBe(0);
  // A booking's stale mark on a Texan's row: no text changed, but nothing says so but the version.
  await sql(`update therapist_search set availability_stale = true where therapist_id = ?`, [await onlyIn('TX', 2)]);
  expect((await expectAsSql({ jurisdiction: 'TX', text: 'trauma' })).wordStatements).toBe(1);
});

it('lose a therapist whose license in the state goes, and match the words again', async () => {
  const first = await expectAsSql({ jurisdiction: 'TX', text: 'sandplay' });
  expect(first.answer.candidates).toHaveLength(1);
  const [{ id }] = first.answer.candidates;
  await sql(`update licenses set status = 'REJECTED', rejection_reason = 'Number not on the board''s register' where therapist_id = ? and jurisdiction = 'TX'`, [id]);
  const after = await expectAsSql({ jurisdiction: 'TX', text: 'sandplay' });
  expect(after.wordStatements).toBe(1);
  expect(after.answer.candidates).toEqual([]);
});

it('match them again after the text rows are rewritten, repairing a drifted row (it moves every state row version)', async () => {
  // A restore with triggers off: a text row no longer says what its read-model row does, and no version moved.
  const drifted = await onlyIn('NY');
  await sql(`update therapist_search_state_texts set search_document = to_tsvector('english', 'zebra') where therapist_id = ?`, [drifted]);
  const before = await expectAsSql({ jurisdiction: 'NY', text: 'zebra' });
  expect(before.answer.candidates.map(({ id }) => id)).toEqual([drifted]);
  expect((await expectAsSql({ jurisdiction: 'NY', text: 'zebra' })).wordStatements).toBe(0);
  await RequestContext.create(app.em(), () => app.app.get(SearchProjection).rewriteTextRows());
  const after = await expectAsSql({ jurisdiction: 'NY', text: 'zebra' });
  expect(after.wordStatements).toBe(1);
  expect(after.answer.candidates).toEqual([]);
  // The rebuild command rewrites them so.
  expect((await expectAsSql({ jurisdiction: 'NY', text: 'anxiety' })).wordStatements).toBe(1);
  expect((await expectAsSql({ jurisdiction: 'NY', text: 'anxiety' })).wordStatements).toBe(0);
  await RequestContext.create(app.em(), () => app.app.get(SearchProjection).rebuild());
  expect((await expectAsSql({ jurisdiction: 'NY', text: 'anxiety' })).wordStatements).toBe(1);
});

/** How many of a state's text rows match `text` (what its words' statement returns). */
async function textRowsMatching(jurisdiction: string, text: string): Promise<number> {
  const [{ count }] = await sql<{ count: number }>(
    `select count(*)::int as count from therapist_search_state_texts where jurisdiction = ?
       and (display_name % ? or search_document @@ websearch_to_tsquery('english', ?))`,
    [jurisdiction, text, text],
  );
  return count;
}

/** How many words statements a search made through `engine` (answering as SQL does). */
async function wordStatementsThrough(engine: PostgresSearchEngine, overrides: Partial<SearchQuery>): Promise<number> {
  return (await expectAsSql(overrides, engine)).wordStatements;
}

it('hold at most so many matched rows, the least recently used words out first, and none of a set larger than that', async () => {
  const [tx, ny] = [await textRowsMatching('TX', 'trauma'), await textRowsMatching('NY', 'trauma')];
  expect(Math.min(tx, ny)).toBeGreaterThan(1);
  // Room for either, not both.
  const small = new PostgresSearchEngine(app.em(), clock, { textMatchesHeld: Math.max(tx, ny) });
  expect(await wordStatementsThrough(small, { jurisdiction: 'TX', text: 'trauma' })).toBe(1);
  expect(await wordStatementsThrough(small, { jurisdiction: 'TX', text: 'trauma' })).toBe(0);
  // Texas's words, used least recently, go.
  expect(await wordStatementsThrough(small, { jurisdiction: 'NY', text: 'trauma' })).toBe(1);
  expect(await wordStatementsThrough(small, { jurisdiction: 'NY', text: 'trauma' })).toBe(0);
  expect(await wordStatementsThrough(small, { jurisdiction: 'TX', text: 'trauma' })).toBe(1);
  // More than the bound alone: never held.
  const tiny = new PostgresSearchEngine(app.em(), clock, { textMatchesHeld: Math.min(tx, ny) - 1 });
  expect(await wordStatementsThrough(tiny, { jurisdiction: 'TX', text: 'trauma' })).toBe(1);
  expect(await wordStatementsThrough(tiny, { jurisdiction: 'TX', text: 'trauma' })).toBe(1);
});
