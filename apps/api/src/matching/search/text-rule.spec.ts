import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '../../../../../test/support/test-database';
import { POSTGRES_ENGLISH_STOP_WORDS } from './meilisearch-query';
import { trigramSimilarity } from './trigram';

// The Meilisearch engine follows the Postgres engine's text rule with two borrowed pieces of
// PostgreSQL: pg_trgm's similarity (the name match) and the English stop words. Both are checked
// against the server here.
describe('the text rule borrowed from PostgreSQL', () => {
  let database: TestDatabase;
  let client: Client;
  beforeAll(async () => {
    database = await createTestDatabase();
    client = new Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  const PAIRS: [string, string][] = [
    ['Amelia Hartwell', 'Amelia Smith'],
    ['Amelia Hartwell', 'Amelia Hartwel'],
    ['Dana Whitfield', 'Dana Whitfeld'],
    ['Dana Whitfield', 'Whitfield practical'],
    ['Benjamin Okafor', 'practical Okafor'],
    ['Benjamin Okafor', 'okafor'],
    ['Zoë O’Brien-Núñez', 'zoe obrien nunez'],
    ['Li', 'Lee'],
    ['Dr. Carmen Delgado, LMFT', 'carmen delgado'],
    ['Harper Quinn', 'x'],
  ];

  it.each(PAIRS)('similarity(%j, %j) is pg_trgm’s', async (a, b) => {
    const { rows } = await client.query<{ similarity: number }>('select similarity($1, $2)::float8 as similarity', [a, b]);
    expect(trigramSimilarity(a, b)).toBeCloseTo(rows[0].similarity, 6);
  });

  it('ignores exactly the words PostgreSQL’s english configuration drops', async () => {
    const { rows } = await client.query<{ word: string }>(
      `select word from unnest($1::text[]) word where to_tsvector('english', word) = ''::tsvector order by word`,
      [POSTGRES_ENGLISH_STOP_WORDS],
    );
    expect(rows.map((row) => row.word)).toEqual([...POSTGRES_ENGLISH_STOP_WORDS].sort());
    const { rows: kept } = await client.query<{ kept: number }>(`select count(*)::int as kept from unnest($1::text[]) w where to_tsvector('english', w) <> ''::tsvector`, [
      ['therapist', 'anxiety', 'worry', 'calm'],
    ]);
    expect(kept[0].kept).toBe(4);
  });
});
