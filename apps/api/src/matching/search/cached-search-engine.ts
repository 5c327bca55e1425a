import { performance } from 'node:perf_hooks';
import { EntityManager } from '@mikro-orm/postgresql';
import { durationMs, utcDateOf } from '@rapport/domain';
import { Clock } from '../../common/clock';
import { Candidate, Facets, SearchEngine, SearchQuery } from './search-engine.port';

/**
 * Distinct answers kept per process. One holds up to 400 candidate ids (about 40 kB) or a set's
 * facets (a few kB), so this bounds the cache near 20 MB; every state's directory and its common
 * filters fit.
 */
const DEFAULT_MAX_ENTRIES = 500;

interface Entry {
  value: unknown;
  changes: string;
  day: string;
  expiresAt: number;
}

/**
 * Keeps what the Postgres engine answered (candidates, total and facets) per query, in this
 * process, for as long as the read model has not changed: each call reads the counter that every
 * committed change to therapist_search moves (migration 20261203010000), one sequence read
 * instead of the filtered scans. The day is part of the key because licenses lapse by the
 * calendar, with no write. `ttlMs` bounds what a change committing in the instant between that
 * read and the engine's statements could leave stale. The ranking, open times and profiles are
 * never cached: they are read for every search.
 */
export class CachedSearchEngine extends SearchEngine {
  readonly name: string;
  private readonly entries = new Map<string, Entry>();
  /** The counter read asked for in the current turn of the event loop, shared by calls made in it. */
  private changesThisTurn: Promise<string> | null = null;

  constructor(
    private readonly engine: SearchEngine,
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly ttlMs: number,
    private readonly maxEntries = DEFAULT_MAX_ENTRIES,
  ) {
    super();
    this.name = engine.name;
  }

  candidates(query: SearchQuery, limit: number): Promise<Candidate[]> {
    return this.remember(`candidates:${limit}`, query, () => this.engine.candidates(query, limit));
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

  sync(therapistIds: string[]): Promise<void> {
    return this.engine.sync(therapistIds);
  }

  /** How many answers are kept now. */
  get size(): number {
    return this.entries.size;
  }

  private async remember<T>(kind: string, query: SearchQuery, compute: () => Promise<T>): Promise<T> {
    // Read before the engine's statements: a change committed after this read moves the
    // counter past what is stored with the answer, so the next call computes afresh.
    const changes = await this.changes();
    const day = utcDateOf(this.clock.now());
    const key = `${kind}\u0000${JSON.stringify(query)}`;
    const kept = this.entries.get(key);
    if (kept && kept.changes === changes && kept.day === day && kept.expiresAt > performance.now()) {
      // Most recently used last: the first entry is the one to evict.
      this.entries.delete(key);
      this.entries.set(key, kept);
      return kept.value as T;
    }
    const value = await compute();
    this.entries.delete(key);
    this.entries.set(key, { value, changes, day, expiresAt: performance.now() + this.ttlMs });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  /**
   * The counter, read once for the calls made in one synchronous turn: a search asks for its
   * candidates and its facets together, and one read, sent after both asked, serves both. A call
   * in a later turn reads again, so it never gets a value read before it was made.
   */
  private changes(): Promise<string> {
    if (this.changesThisTurn) return this.changesThisTurn;
    const read = this.em
      .getConnection()
      .execute<{ changes: string }[]>(`select (last_value::text || ':' || is_called::text) as changes from therapist_search_changes`)
      .then(([row]) => row.changes);
    this.changesThisTurn = read;
    queueMicrotask(() => {
      if (this.changesThisTurn === read) this.changesThisTurn = null;
    });
    return read;
  }
}

/**
 * The Postgres engine behind the cache, unless SEARCH_CACHE_SECONDS is 0. Meilisearch is left
 * as it is: it applies changes after the database commits them (through the outbox), so the
 * counter would move before its answers do.
 */
export function withResultCache(engine: SearchEngine, config: { SEARCH_CACHE_SECONDS: number }, em: EntityManager, clock: Clock): SearchEngine {
  if (engine.name !== 'postgres' || config.SEARCH_CACHE_SECONDS === 0) return engine;
  return new CachedSearchEngine(engine, em, clock, durationMs({ seconds: config.SEARCH_CACHE_SECONDS }));
}
