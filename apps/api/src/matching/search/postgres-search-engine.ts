import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock } from '../../common/clock';
import { utcDateOf } from '@rapport/domain';
import { Candidate, CandidatesAndCounts, FacetCount, FacetName, Facets, isWholeState, NO_ROTATION, Rotation, rotationStartId, SearchEngine, SearchQuery } from './search-engine.port';
import { FacetCodes, PairCounts } from './facet-codes';
import { rowVersionOf } from './projection-row-cache';
import { MASKED_FACETS, MaskedColumn, StateRowIndex } from './state-row-index';
import { expandText, ExpandedText, TAXONOMY_RELEVANCE } from './text-expansion';

/**
 * The rows a search reads, as SQL after `from` (tables, joins and `where`) with its parameters,
 * and the relevance of each row to the search's text.
 */
interface Rows {
  sql: string;
  params: unknown[];
  /** The rows are therapist_search_states' (a state asked): they carry facet_chars. */
  byState: boolean;
  /** Null without text: every row scores 0. */
  relevance: { sql: string; params: unknown[] } | null;
}

export interface PostgresSearchOptions {
  /** False counts every set in one pass, whole states too: the reference the kept counts are tested against. */
  keptCounts?: boolean;
  /** False reads therapist_search alone, states too: the reference the per-state rows are tested against. */
  stateRows?: boolean;
  /**
   * False answers a state's filtered sets (with or without words) with SQL over its rows, not from
   * them held in this process (StateRowIndex): the reference that index is tested against.
   */
  stateIndex?: boolean;
  /** How many matched rows the held words' matches may hold in all (tests; StateRowIndex's TEXT_MATCHES_HELD by default). */
  textMatchesHeld?: number;
}

// The (facet, value) pairs each read-model row counts towards, from the function the kept
// counts use too (therapist_search_facet_counts, through therapist_search_row_facets), called with
// the row's columns so PostgreSQL inlines it and reads only those; 'total' is the row itself.
// Here for the few lapsed rows a whole state's kept counts lose; a filtered set is counted from
// its rows' facet codes in a state (FacetCodes), else per facet (countsPerFacet).
const FACET_PAIRS = 'cross join lateral therapist_search_facet_pairs(p.concerns, p.modalities, p.languages, p.formats, p.communities, p.gender, p.price_band) f';

/**
 * The default engine: indexed SQL over the search read model (therapist_search,
 * one row per listable therapist, and therapist_search_states, its rows per
 * licensed state; both kept by triggers). A state's search reads its entries of
 * one covering index; without a state, array filters use GIN indexes. Names are
 * typo-tolerant with pg_trgm; headlines and bios use full-text search. Licenses
 * are read only for the rare row holding a license that expired since it was written.
 */
@Injectable()
export class PostgresSearchEngine extends SearchEngine {
  readonly name = 'postgres';

  private readonly useKeptCounts: boolean;
  private readonly useStateRows: boolean;
  private readonly facetCodes: FacetCodes;
  private readonly stateIndex: StateRowIndex | null;

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    options: PostgresSearchOptions = {},
  ) {
    super();
    this.useKeptCounts = options.keptCounts ?? true;
    this.useStateRows = options.stateRows ?? true;
    this.facetCodes = new FacetCodes(em);
    this.stateIndex = this.useStateRows && (options.stateIndex ?? true) ? new StateRowIndex(em, options.textMatchesHeld) : null;
  }

  async candidates(query: SearchQuery, limit: number, rotation: Rotation = NO_ROTATION): Promise<Candidate[]> {
    return this.findCandidates(query, limit, rotation, false);
  }

  /**
   * The candidates alone; `withVersions` adds each one's read-model row version (an unscored set's
   * only: a scored set's candidates come with their counts, through candidatesAndCounts).
   */
  private async findCandidates(query: SearchQuery, limit: number, rotation: Rotation, withVersions: boolean): Promise<Candidate[]> {
    const { sql, params, relevance, byState } = this.rows(query);
    const start = rotationStartId(rotation);
    // Past the limit, keep those whose specialties and treated concerns best cover the asked ones,
    // then ids from the rotation's start, wrapping around.
    const cover = concernCover(query.concerns, byState);
    if (!cover && !relevance) {
      const unscored = this.unscoredCandidates({ sql, params }, limit, start, withVersions);
      const rows = await this.em.getConnection().execute<{ id: string; version?: string | null }[]>(unscored.sql, unscored.params);
      return rows.map((row) => candidateOf(row.id, 0, row.version));
    }
    const rows = await this.em.getConnection().execute<{ id: string; relevance: number }[]>(
      `select p.therapist_id as id, ${relevance?.sql ?? '0'}::float8 as relevance from ${sql}
       order by relevance desc, ${cover ? `${cover.sql} desc, ` : ''}p.therapist_id < ?::uuid, p.therapist_id
       limit ?`,
      [...(relevance?.params ?? []), ...params, ...(cover?.params ?? []), start, limit],
    );
    return rows.map((row) => candidateOf(row.id, row.relevance));
  }

  /**
   * An unscored set's first `limit` candidates (`rows`: from `rows()`), ids from `start` on and
   * wrapping around: two ranges of the id order, each read from its index and stopped at the limit
   * (a state's covering index, or the primary key), instead of sorting every match; with
   * `withVersions`, each one's read-model row version. Columns `id` and, with versions, `wrapped` and `version`.
   */
  private unscoredCandidates(rows: Sql, limit: number, start: string, withVersions: boolean): Sql {
    const ranges = `(select p.therapist_id as id, 0 as wrapped from ${rows.sql} and p.therapist_id >= ?::uuid order by p.therapist_id limit ?)
         union all
         (select p.therapist_id as id, 1 as wrapped from ${rows.sql} and p.therapist_id < ?::uuid order by p.therapist_id limit ?)`;
    return {
      sql: withVersions
        ? `select c.id, c.wrapped, ${rowVersionOf('s')} as version from (select id, wrapped from (${ranges}) u order by wrapped, id limit ?) c
           left join therapist_search s on s.therapist_id = c.id order by c.wrapped, c.id`
        : `select id from (${ranges}) c order by wrapped, id limit ?`,
      params: [...rows.params, start, limit, ...rows.params, start, limit, limit],
    };
  }

  /**
   * A state's set without insurance, a whole state too, is answered from its rows held in this
   * process (StateRowIndex); what follows is SQL, for the other sets and when those rows kept
   * changing under a search. (A whole state was SQL's, from its kept counts, until the held rows
   * stopped reading their candidates' row versions every search: side by side at 100k, NY and
   * matching from an intake, PostgreSQL's CPU fell from 4.0–4.3 to 2.4–2.6 ms a search.)
   * A filtered set that is scored (words, or concerns to cover) or read from a state's rows, and
   * not a whole state: one statement reads the matching rows once, scoring them, into a
   * materialized CTE, and gives the first `limit` of them in candidates' order with their total
   * and facets (from the rows' facet codes in a state, grouped per facet without one). Asked
   * apart, the candidates and the counts each ran the filter, and a text search's words, over the
   * same rows; the counts read every matching row anyway, so ordering them for the first `limit`
   * (a top-N sort) costs less than a second statement. A whole state's counts are kept: one
   * statement reads them beside its first candidates, found in id order and stopped at the limit.
   * An unscored set without a state answers as two statements: its candidates in primary-key
   * order, stopping at the limit, where ordering every match would cost more, and its counts.
   */
  override async candidatesAndCounts(query: SearchQuery, limit: number, rotation: Rotation = NO_ROTATION): Promise<CandidatesAndCounts> {
    const wholeState = this.useKeptCounts && isWholeState(query);
    if (this.stateIndex && StateRowIndex.answers(query)) {
      // A state's set without insurance, whole or filtered, from its rows held here (no SQL of its rows is built), its
      // words found and scored in the state's text partition; null if the rows kept changing under it.
      const expanded = expandText(query.text);
      const text = expanded && { expanded, matches: stateTextMatches(query.jurisdiction!, expanded.text) };
      const answer = await this.stateIndex.candidatesAndCounts(query, limit, rotation, utcDateOf(this.clock.now()), text);
      if (answer) return { candidates: answer.candidates, ...facetsOf(await this.facetCodes.countTally(answer.total, answer.tally)) };
    }
    const { sql, params, relevance, byState } = this.rows(query);
    const cover = concernCover(query.concerns, byState);
    const scoredSet = cover !== null || relevance !== null;
    if (wholeState) {
      // One statement: its kept counts and its first candidates (a statement is a round trip: see
      // TherapistsService.findVisible).
      const counts = this.wholeStateCountsSql(query);
      const candidates = this.unscoredCandidates({ sql, params }, limit, rotationStartId(rotation), true);
      const [row] = await this.em.getConnection().execute<{ counts: [FacetName | 'total', string, number][] | null; candidates: [string, string | null][] | null }[]>(
        `with counts as (${counts.sql}), candidates as (${candidates.sql})
         select (select json_agg(json_build_array(facet, value, count)) from counts) as counts,
           (select json_agg(json_build_array(id, version) order by wrapped, id) from candidates) as candidates`,
        [...counts.params, ...candidates.params],
      );
      return {
        candidates: (row.candidates ?? []).map(([id, version]) => candidateOf(id, 0, version)),
        ...facetsOf(pairCounts((row.counts ?? []).map(([facet, value, count]) => ({ facet, value, count })))),
      };
    }
    if (!(scoredSet || byState)) {
      const [candidates, counts] = await Promise.all([this.findCandidates(query, limit, rotation, true), this.countAndFacets(query)]);
      return { candidates, ...counts };
    }
    const scored = `p.therapist_id, ${relevance?.sql ?? '0'}::float8 as relevance, ${cover?.sql ?? '0'} as cover`;
    const allParams = [...(relevance?.params ?? []), ...(cover?.params ?? []), ...params, rotationStartId(rotation), limit];
    const candidatesOf = (ranked: [string, number, string | null][] | null): Candidate[] => (ranked ?? []).map(([id, relevance, version]) => candidateOf(id, relevance, version));
    if (byState) {
      const [row] = await this.em.getConnection().execute<{ total: number; codes: string | null; candidates: [string, number, string | null][] | null }[]>(
        `with m as materialized (select ${scored}, p.facet_chars from ${sql})
         select (select count(*)::int from m) as total, (select string_agg(facet_chars, '') from m) as codes,
           ${FIRST_CANDIDATES_OF_M} as candidates`,
        allParams,
      );
      return { candidates: candidatesOf(row.candidates), ...facetsOf(await this.facetCodes.count(row.total, row.codes)) };
    }
    const rows = await this.em.getConnection().execute<(PairRow & { candidates: [string, number, string | null][] | null })[]>(countsPerFacet(sql, scored), allParams);
    return { candidates: candidatesOf(rows.find((row) => row.facet === 'candidates')?.candidates ?? null), ...facetsOf(pairCounts(rows.filter((row) => row.facet !== 'candidates'))) };
  }

  async count(query: SearchQuery): Promise<number> {
    if (this.useKeptCounts && isWholeState(query)) return (await this.wholeStateCounts(query)).get('total')?.get('') ?? 0;
    const { sql, params } = this.rows(query);
    const [row] = await this.em.getConnection().execute<{ total: number }[]>(
      `select count(*)::int as total from ${sql}`,
      params,
    );
    return row.total;
  }

  /**
   * Counts for each facet over the filtered set. A whole state (no filter but the state and
   * "accepting") reads the kept counts; any other set is counted in one statement that reads the
   * matching rows once (see countMatching).
   */
  async facets(query: SearchQuery): Promise<Facets> {
    return (await this.countAndFacets(query)).facets;
  }

  /** The total comes from the same statement: one read of the matching rows, not two. */
  override async countAndFacets(query: SearchQuery): Promise<{ total: number; facets: Facets }> {
    return facetsOf(this.useKeptCounts && isWholeState(query) ? await this.wholeStateCounts(query) : await this.countMatching(query));
  }

  /**
   * A filtered set's total and facets. A state's rows carry their pairs' codes: the statement
   * concatenates them (one row back) and FacetCodes counts them here, about a fourth of what
   * grouping them in SQL took (migration 20261206000000). They are characters, one a code: as
   * bytes they crossed as hex, four times the text (migration 20261207000000). Without a state,
   * grouped per facet.
   */
  private async countMatching(query: SearchQuery): Promise<PairCounts> {
    const { sql, params, byState } = this.rows(query);
    if (byState) {
      const [row] = await this.em.getConnection().execute<{ total: number; codes: string | null }[]>(
        `select count(*)::int as total, string_agg(p.facet_chars, '') as codes from ${sql}`,
        params,
      );
      return this.facetCodes.count(row.total, row.codes);
    }
    const rows = await this.em.getConnection().execute<PairRow[]>(countsPerFacet(sql), params);
    return pairCounts(rows);
  }

  /**
   * A whole state's counts: the kept counts (therapist_search_facet_counts, written with each
   * change) less the rows of the state whose licenses there have expired since (the calendar
   * moves without a write); those few are found through the earliest expiry's index.
   */
  private async wholeStateCounts(query: SearchQuery): Promise<PairCounts> {
    const { sql, params } = this.wholeStateCountsSql(query);
    return pairCounts(await this.em.getConnection().execute<PairRow[]>(sql, params));
  }

  /** The statement of `wholeStateCounts`: rows (facet, value, count). */
  private wholeStateCountsSql(query: SearchQuery): Sql {
    const today = utcDateOf(this.clock.now());
    const jurisdiction = query.jurisdiction!;
    return {
      sql: `with kept as (
         select facet, value, sum(count)::int as count from therapist_search_facet_counts
         where jurisdiction = ? and (accepting or not ?) group by facet, value),
       lapsed as (
         select f.facet, f.value, count(*)::int as count from therapist_search p ${FACET_PAIRS}
         where p.earliest_license_expiry < ? and p.jurisdictions @> array[?]::text[] and (p.accepting or not ?)
           and not (p.latest_license_expiry >= ? and exists (select 1 from licenses l where l.therapist_id = p.therapist_id
             and l.status = 'VERIFIED' and l.expires_on >= ? and l.jurisdiction = ?))
         group by f.facet, f.value)
       select kept.facet, kept.value, kept.count - coalesce(lapsed.count, 0) as count
       from kept left join lapsed on lapsed.facet = kept.facet and lapsed.value = kept.value`,
      params: [jurisdiction, query.acceptingNewClients, today, jurisdiction, query.acceptingNewClients, today, today, jurisdiction],
    };
  }

  async sync(): Promise<void> {
    // Reads the read model, which triggers keep in step with every write: always in sync.
  }

  /** Every state's rows into StateRowIndex, which a state's first search would otherwise read. */
  override async warm(signal?: AbortSignal): Promise<number> {
    return this.stateIndex ? this.stateIndex.warm(signal) : 0;
  }

  /**
   * The rows a search matches. With a state asked (and the per-state rows on), that state's entries
   * of therapist_search_states: one per therapist and state with only the filter and facet columns,
   * read side by side from its covering index, where the arrays filters read are bit masks (see
   * holdsAny): an index-only scan unpacks every included column of every entry it reads. Their
   * text is in therapist_search_state_texts (name and text vector, a row per state in a partition
   * per state), so a search with words first finds the state's rows whose name or document match
   * (x, through that partition's GIN indexes, a small set) and scores those; a row found only through the taxonomy scores its
   * taxonomy weight, as it would there (a name under the default % threshold scores below 0.3 and an
   * unmatched document ranks 0, both under the smallest weight, 0.7).
   * Without a state, therapist_search itself, whose GIN indexes serve the filters.
   */
  private rows(query: SearchQuery): Rows {
    // A fast first pass in SQL (the same rule as isLicenseValid); MatchingService keeps only
    // the therapists the therapists and licensing modules say may be shown.
    // Rows exist only for ACTIVE therapists with a VERIFIED license; validity depends on the
    // day, so compare the expiries with today. Only a row holding a license that has expired
    // since (earliest expiry before today) looks at its licenses, through their index.
    const today = utcDateOf(this.clock.now());
    const expanded = expandText(query.text);
    // Words, whether or not they name something in the taxonomy, are matched in the state's text
    // partition (x below): words that name nothing (a name, a phrase) keep only the rows found there.
    const namesTaxonomy = expanded !== null && (expanded.concerns.length > 0 || expanded.modalities.length > 0);
    const byState = query.jurisdiction !== null && this.useStateRows;
    const taxonomy = namesTaxonomy ? taxonomyMatch(expanded, byState) : null;
    let from = byState ? 'therapist_search_states p' : 'therapist_search p';
    const fromParams: unknown[] = [];
    const clauses = ['p.latest_license_expiry >= ?'];
    const params: unknown[] = [today];
    let relevance: Rows['relevance'] = null;
    if (query.jurisdiction) {
      clauses.push(
        `${byState ? 'p.jurisdiction = ?' : 'p.jurisdictions @> array[?]::text[]'} and (p.earliest_license_expiry >= ? or exists (select 1 from licenses l where l.therapist_id = p.therapist_id and l.status = 'VERIFIED' and l.expires_on >= ? and l.jurisdiction = ?))`,
      );
      params.push(query.jurisdiction, today, today, query.jurisdiction);
    }
    const overlaps = (column: MaskedColumn, values: string[]) => {
      if (values.length === 0) return;
      const holds = holdsAny(column, values, byState);
      clauses.push(holds.sql);
      params.push(...holds.params);
    };
    overlaps('formats', query.formats);
    overlaps('languages', query.languages);
    overlaps('modalities', query.modalities);
    overlaps('communities', query.communities);
    overlaps('concerns', query.concerns);
    if (query.genders.length) {
      clauses.push('p.gender = any(array[?]::text[])');
      params.push(query.genders);
    }
    if (query.ageGroup) {
      if (byState) {
        const holds = holdsAny('age_groups', [query.ageGroup], true);
        clauses.push(`(p.age_groups_mask = 0 or ${holds.sql})`);
        params.push(...holds.params);
      } else {
        clauses.push(`(cardinality(p.age_groups) = 0 or ? = any(p.age_groups))`);
        params.push(query.ageGroup);
      }
    }
    if (query.maxFeeMinor !== null) {
      clauses.push('(p.fee_minor <= ? or p.sliding_scale_min_minor <= ?)');
      params.push(query.maxFeeMinor, query.maxFeeMinor);
    }
    if (query.slidingScaleOnly) clauses.push('p.sliding_scale_min_minor is not null');
    // Listed as accepting only when they can be booked (hours, a bookable session type).
    if (query.acceptingNewClients) clauses.push('p.accepting');
    if (query.insurance) {
      clauses.push('p.insurance @> array[lower(trim(?))]::text[]');
      params.push(query.insurance);
    }
    if (expanded) {
      let matched = wordsMatch(expanded.text);
      let byWords = textScore('p', expanded.text);
      if (byState) {
        const matches = stateTextMatches(query.jurisdiction!, expanded.text);
        from += ` left join (${matches.sql}) x on x.therapist_id = p.therapist_id`;
        fromParams.push(...matches.params);
        matched = { sql: 'x.therapist_id is not null', params: [] };
        byWords = { sql: 'coalesce(x.score, 0)', params: [] };
      }
      clauses.push(`(${matched.sql}${taxonomy ? ` or ${taxonomy.any.sql}` : ''})`);
      params.push(...matched.params, ...(taxonomy?.any.params ?? []));
      const parts = [byWords, ...(taxonomy ? [taxonomyScore(taxonomy)] : [])];
      relevance = { sql: `greatest(${parts.map((part) => part.sql).join(', ')})`, params: parts.flatMap((part) => part.params) };
    }
    return { sql: `${from} where ${clauses.join(' and ')}`, params: [...fromParams, ...params], relevance, byState };
  }
}

/** Each facet and the read-model column holding its values: an array of them, or one value or null. */
const FACET_COLUMNS: readonly [FacetName, string, 'array' | 'scalar'][] = [
  ['concern', 'concerns', 'array'],
  ['modality', 'modalities', 'array'],
  ['language', 'languages', 'array'],
  ['format', 'formats', 'array'],
  ['community', 'communities', 'array'],
  ['gender', 'gender', 'scalar'],
  ['priceBand', 'price_band', 'scalar'],
];

/**
 * The statement counting a filtered set's facets without a state (therapist_search's rows carry no
 * facet codes; a search without a state is rare: words that name nothing in the taxonomy, or the
 * API asked with no state): the matching rows' facet columns are read once
 * into a materialized CTE, then each facet's values are unnested and grouped on their own, and
 * the total is the CTE's size. It answers what grouping the rows' (facet, value) pairs does
 * (therapist_search_facet_pairs, which the kept counts and the lapsed rows still use) in 8–20 %
 * less time at 100k (bench/search/README.md): the pairs ran an eight-branch subquery again for
 * every matching row and hashed two-column keys; here each facet is one unnest over a tuplestore
 * and a one-column hash.
 */
function countsPerFacet(rowsSql: string, scored?: string): string {
  const counts = FACET_COLUMNS.map(([facet, column, kind]) =>
    kind === 'array'
      ? `select '${facet}', v, count(*)::int${scored ? ', null::json' : ''} from (select unnest(${column}) as v from m) u group by v`
      : `select '${facet}', ${column}, count(*)::int${scored ? ', null::json' : ''} from m where ${column} is not null group by ${column}`,
  );
  // With `scored` (the candidates' columns), one more row: the first candidates (candidatesAndCounts).
  const candidates = scored ? [`select 'candidates', '', 0, ${FIRST_CANDIDATES_OF_M}`] : [];
  return `with m as materialized (select ${FACET_COLUMNS.map(([, column]) => `p.${column}`).join(', ')}${scored ? `, ${scored}` : ''} from ${rowsSql})
  select 'total' as facet, '' as value, count(*)::int as count${scored ? ', null::json as candidates' : ''} from m
  union all ${[...counts, ...candidates].join('\n  union all ')}`;
}

/** A candidate with the statement's relevance as the ranking takes it (a number within 0..1), and its row version when read. */
function candidateOf(id: string, relevance: number | string, version?: string | null): Candidate {
  const candidate: Candidate = { id, textRelevance: Math.max(0, Math.min(1, Number(relevance))) };
  if (version) candidate.rowVersion = version;
  return candidate;
}

/**
 * The first candidates of a materialized set `m` (therapist_id, relevance, cover) as JSON triples
 * [id, relevance, row version], in candidates' order: relevance, cover, then ids from the
 * rotation's start (its parameter, then the limit's). The versions are read here, by primary key
 * for those few rows, so the ranking does not send their ids back to ask (SearchProjection.rowsFor).
 */
const FIRST_CANDIDATES_OF_M = `(select json_agg(json_build_array(c.therapist_id, c.relevance, ${rowVersionOf('s')}) order by c.relevance desc, c.cover desc, c.wrapped, c.therapist_id)
  from (select therapist_id, relevance, cover, therapist_id < ?::uuid as wrapped from m order by relevance desc, cover desc, wrapped, therapist_id limit ?) c
  left join therapist_search s on s.therapist_id = c.therapist_id)`;

/** The total and each facet's values by count (most first, then by value), from counted pairs. */
function facetsOf(counts: PairCounts): { total: number; facets: Facets } {
  const facets: Facets = { concern: [], modality: [], language: [], format: [], priceBand: [], gender: [], community: [] };
  for (const [facet, values] of counts) {
    if (facet === 'total') continue;
    for (const [value, count] of values) if (count > 0) facets[facet as FacetName].push({ value, count } satisfies FacetCount);
  }
  for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return { total: counts.get('total')?.get('') ?? 0, facets };
}

type PairRow = { facet: FacetName | 'total' | 'candidates'; value: string; count: number };

function pairCounts(rows: PairRow[]): PairCounts {
  const counts: PairCounts = new Map();
  for (const row of rows) {
    const values = counts.get(row.facet) ?? new Map<string, number>();
    values.set(row.value, Number(row.count));
    counts.set(row.facet, values);
  }
  return counts;
}

/**
 * How well a row covers the asked concerns: 2 per one it specialises in, 1 per one it
 * treats. A sum of one comparison per asked concern: plain expressions, where
 * intersecting unnested arrays ran two subqueries per matching row (5× the sort's cost).
 */
function concernCover(concerns: readonly string[], byState: boolean): Sql | null {
  const asked = [...new Set(concerns)];
  if (asked.length === 0) return null;
  if (byState) {
    const terms = asked.map((concern) => [holdsAny('specialty_concerns', [concern], true), holdsAny('treated_concerns', [concern], true)]);
    return {
      sql: `(${terms.map(([specialty, treated]) => `2 * (${specialty.sql})::int + (${treated.sql})::int`).join(' + ')})`,
      params: terms.flat().flatMap((term) => term.params),
    };
  }
  const terms = asked.flatMap(() => ['2 * (?::text = any(p.specialty_concerns))::int', '(?::text = any(p.treated_concerns))::int']);
  return { sql: `(${terms.join(' + ')})`, params: asked.flatMap((concern) => [concern, concern]) };
}

type Sql = { sql: string; params: unknown[] };

/**
 * "The row's `column` holds one of `values`." In a state's rows, a test of its bit mask against
 * the values' bits (migration 20261208000000): the subquery on search_filter_bits runs once a
 * statement, and a value no row holds has no bit, so it matches nothing, as in the array. In
 * therapist_search, the array itself (its GIN index serves it).
 */
function holdsAny(column: MaskedColumn, values: readonly string[], byState: boolean): Sql {
  if (!byState) return { sql: `p.${column} && array[?]::text[]`, params: [values] };
  return {
    sql: `p.${column}_mask & (select coalesce(bit_or(1::bigint << b.bit), 0) from search_filter_bits b where b.facet = ? and b.value = any(array[?]::text[])) <> 0`,
    params: [MASKED_FACETS[column], values],
  };
}

/** SQL for "lists a concern or approach the text names" (it names at least one). */
function taxonomyMatch({ concerns, modalities }: ExpandedText, byState: boolean) {
  const specialty = holdsAny('specialty_concerns', concerns, byState);
  const treats = holdsAny('treated_concerns', concerns, byState);
  const offers = holdsAny('modalities', modalities, byState);
  const treatsOrOffers = { sql: `(${treats.sql} or ${offers.sql})`, params: [...treats.params, ...offers.params] };
  return {
    any: { sql: `(${specialty.sql} or ${treatsOrOffers.sql})`, params: [...specialty.params, ...treatsOrOffers.params] },
    specialty,
    treatsOrOffers,
  };
}

/**
 * "The name is like `text` (pg_trgm's % at its threshold) or the headline and bio hold its words", for
 * therapist_search's rows (`p`) in a search without a state; a state's words are matched in its text
 * partition, one index's condition at a time (stateTextMatches).
 */
function wordsMatch(text: string): Sql {
  return { sql: `(p.display_name % ? or p.search_document @@ websearch_to_tsquery('english', ?))`, params: [text, text] };
}

/**
 * A state's rows whose name or document match `text`, each with its score (columns therapist_id,
 * score: a float8): read from that state's partition of therapist_search_state_texts, through its
 * GIN indexes. The rows whose name is like the text, then those whose document holds its words and
 * whose name is not (the first set's ids, read again through the name's index): each part is one
 * index's condition. As one `name % text or document @@ words`, a word many documents hold (at 100k,
 * "anxiety" in 2,529 of California's 13,661 rows) made the plan read the partition whole and compute
 * the name's trigram similarity on every row: 28-42 ms, against 7.4 this way; over 36 typed words in
 * every state, p95 19.5 -> 8.8 ms (PostgreSQL 15) and 19.3 -> 11.0 (18.4), the same rows and scores
 * (bench/search/README.md, sixty-eighth and sixty-ninth runs).
 */
function stateTextMatches(jurisdiction: string, text: string): Sql {
  const score = textScore('t', text);
  const named = (alias: 'n' | 't') => ({ sql: `${alias}.jurisdiction = ? and ${alias}.display_name % ?`, params: [jurisdiction, text] });
  const [byName, inName] = [named('t'), named('n')];
  return {
    sql: `select t.therapist_id, ${score.sql} as score from therapist_search_state_texts t where ${byName.sql}
      union all
      select t.therapist_id, ${score.sql} as score from therapist_search_state_texts t
       where t.jurisdiction = ? and t.search_document @@ websearch_to_tsquery('english', ?)
         and t.therapist_id <> all (array(select n.therapist_id from therapist_search_state_texts n where ${inName.sql}))`,
    params: [...score.params, ...byName.params, ...score.params, jurisdiction, text, ...inName.params],
  };
}

/** 0..1: the better of name similarity (typos) and the full-text rank of headline and bio, for the rows of `alias`. */
function textScore(alias: 'p' | 't', text: string): Sql {
  return {
    sql: `greatest(similarity(${alias}.display_name, ?), least(1, ts_rank(${alias}.search_document, websearch_to_tsquery('english', ?)) * 4))`,
    params: [text, text],
  };
}

/** The taxonomy's part of relevance: a listed specialty, then a treated concern or an offered approach. */
function taxonomyScore(taxonomy: NonNullable<ReturnType<typeof taxonomyMatch>>): Sql {
  return {
    sql: `case when ${taxonomy.specialty.sql} then ${TAXONOMY_RELEVANCE.SPECIALTY} when ${taxonomy.treatsOrOffers.sql} then ${TAXONOMY_RELEVANCE.TREATS_OR_OFFERS} else 0 end`,
    params: [...taxonomy.specialty.params, ...taxonomy.treatsOrOffers.params],
  };
}
