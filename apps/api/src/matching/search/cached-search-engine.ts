import { Clock } from '../../common/clock';
import { KeptAnswers, SearchChanges, searchCacheTtlMs } from './search-cache';
import { Candidate, CandidatesAndCounts, Facets, NO_ROTATION, Rotation, SearchEngine, SearchQuery } from './search-engine.port';

/**
 * Distinct answers kept per process. One holds up to 400 candidate ids (about 40 kB) or a set's
 * facets (a few kB), so this bounds the cache near 20 MB; every state's directory and its common
 * filters fit.
 */
const DEFAULT_MAX_ENTRIES = 500;

/**
 * Keeps what the Postgres engine answered (candidates, total and facets) per query, in this
 * process, for as long as the read model has not changed: each call reads the counter that every
 * committed change to therapist_search moves (migration 20261203010000), one sequence read
 * instead of the filtered scans, and the day (licenses lapse by the calendar, with no write).
 * Summary-only changes do not end the reuse: no engine answer reads them. The ranking has a
 * cache of its own (RankingCache); the page's profiles are read for every search.
 */
export class CachedSearchEngine extends SearchEngine {
  readonly name: string;
  private readonly kept: KeptAnswers;

  constructor(
    private readonly engine: SearchEngine,
    private readonly changes: SearchChanges,
    clock: Clock,
    ttlMs: number,
    maxEntries = DEFAULT_MAX_ENTRIES,
  ) {
    super();
    this.name = engine.name;
    this.kept = new KeptAnswers(clock, ttlMs, maxEntries);
  }

  candidates(query: SearchQuery, limit: number, rotation: Rotation = NO_ROTATION): Promise<Candidate[]> {
    return this.remember(`candidates:${limit}:${rotation}`, query, () => this.engine.candidates(query, limit, rotation));
  }

  count(query: SearchQuery): Promise<number> {
    return this.remember('count', query, () => this.engine.count(query));
  }

  async facets(query: SearchQuery): Promise<Facets> {
    return (await this.countAndFacets(query)).facets;
  }

  override countAndFacets(query: SearchQuery): Promise<{ total: number; facets: Facets }> {
    return this.remember('countAndFacets', query, () => this.engine.countAndFacets(query));
  }

  /**
   * Each part kept under the same key as when asked alone; the engine runs once for whichever is
   * missing. Candidates are kept without their row versions, which a later write to the row's
   * availability summary changes with no move of the counter: the versions are given only to the
   * call whose engine statement read them.
   */
  override async candidatesAndCounts(query: SearchQuery, limit: number, rotation: Rotation = NO_ROTATION): Promise<CandidatesAndCounts> {
    let computed: Promise<CandidatesAndCounts> | undefined;
    const compute = () => (computed ??= this.engine.candidatesAndCounts(query, limit, rotation));
    const { search } = await this.changes.read();
    const [candidates, { total, facets }] = await Promise.all([
      this.keep(`candidates:${limit}:${rotation}`, query, search, async () => withoutVersions((await compute()).candidates)),
      this.keep('countAndFacets', query, search, async () => {
        const { total, facets } = await compute();
        return { total, facets };
      }),
    ]);
    return { candidates: computed ? (await computed).candidates : candidates, total, facets };
  }

  override warm(signal?: AbortSignal): Promise<number> {
    return this.engine.warm(signal);
  }

  sync(therapistIds: string[]): Promise<void> {
    return this.engine.sync(therapistIds);
  }

  /** How many answers are kept now. */
  get size(): number {
    return this.kept.size;
  }

  private async remember<T>(kind: string, query: SearchQuery, compute: () => Promise<T>): Promise<T> {
    const { search } = await this.changes.read();
    return this.keep(kind, query, search, compute);
  }

  /** An answer kept under the search counter's value read before it was computed. */
  private keep<T>(kind: string, query: SearchQuery, search: string, compute: () => Promise<T>): Promise<T> {
    return this.kept.remember(`${kind}\u0000${JSON.stringify(query)}`, search, async () => ({ value: await compute(), validUntilMs: Number.POSITIVE_INFINITY }));
  }
}

/** Candidates as kept: without the row versions their statement read (see candidatesAndCounts). */
function withoutVersions(candidates: Candidate[]): Candidate[] {
  return candidates.map(({ id, textRelevance }) => ({ id, textRelevance }));
}

/**
 * The Postgres engine behind the cache, unless SEARCH_CACHE_SECONDS is 0. Meilisearch is left
 * as it is: it applies changes after the database commits them (through the outbox), so the
 * counter would move before its answers do.
 */
export function withResultCache(engine: SearchEngine, config: { SEARCH_CACHE_SECONDS: number }, changes: SearchChanges, clock: Clock): SearchEngine {
  const ttlMs = searchCacheTtlMs(config, engine.name);
  return ttlMs === null ? engine : new CachedSearchEngine(engine, changes, clock, ttlMs);
}
