import { performance } from 'node:perf_hooks';
import { EntityManager } from '@mikro-orm/postgresql';
import { durationMs, utcDateOf } from '@rapport/domain';
import { Clock } from '../../common/clock';
import { requestKept } from '../../database/request-context';

/** Where the read model stands: each counter moves when a change it watches commits. */
export interface SearchVersions {
  /** therapist_search_changes: profile, license and facet columns (migration 20261203010000). */
  search: string;
  /** therapist_ranking_changes: availability summaries and alliance ratings (migration 20261203030000). */
  ranking: string;
  /** therapist_page_changes: profiles, licenses and session types a results page shows (migration 20261205010000). */
  page: string;
  /** The ranking counter of each group of states, by group (`rankingGroupOf`; migration 20261210000000). */
  rankingByGroup: string[];
}

/** How many groups of states the ranking counter is kept for (migration 20261210000000). */
export const RANKING_STATE_GROUPS = 16;

/**
 * A counter's value, read by the sequence's own function: its last value, or '-' before its first
 * (pg_sequence_last_value gives null until then). A plain call in the select list, where a scan of
 * the sequence as a relation joined one more relation, and PL/pgSQL's sixteen selects
 * (therapist_ranking_changes_by_group(), which the migration's spec still reads) ran sixteen SPI
 * queries: the statement a kept answer sends took 1.4–1.7× the throughput with pgbench at 8
 * clients on the 100k database (bench/search/README.md, thirty-second run).
 */
const counter = (sequence: string) => `coalesce(pg_sequence_last_value('"${sequence}"'::regclass)::text, '-')`;

/** The counters as columns `search`, `ranking`, `page` and `rankingByGroup` of a select that reads no table for them. */
export const SEARCH_VERSIONS = {
  columns: `${counter('therapist_search_changes')} as search, ${counter('therapist_ranking_changes')} as ranking, ${counter('therapist_page_changes')} as page,
    array[${Array.from({ length: RANKING_STATE_GROUPS }, (_, group) => counter(`therapist_ranking_changes_${group}`)).join(', ')}] as "rankingByGroup"`,
};

/**
 * A state's group: the database's therapist_ranking_group(), which the triggers use to move the
 * counters of a changed therapist's states (a test compares the two for every state).
 */
export function rankingGroupOf(jurisdiction: string): number {
  return (jurisdiction.charCodeAt(0) * 13 + (jurisdiction.charCodeAt(1) || 0)) & (RANKING_STATE_GROUPS - 1);
}

/**
 * The ranking counter (open times and ratings) an answer depends on: for a search in a state, that
 * state's group's, which moves only when a therapist licensed there changes (every candidate is);
 * for one in no state (`null`), the global one. Labelled, so values of two scopes never compare equal.
 */
export function rankingVersionIn(versions: SearchVersions, jurisdiction: string | null): string {
  if (jurisdiction === null) return `all:${versions.ranking}`;
  const group = rankingGroupOf(jurisdiction);
  return `${group}:${versions.rankingByGroup[group]}`;
}

/**
 * How long a process may keep a search's answers (engine answers, rankings, whole answers), or null
 * when it keeps none: SEARCH_CACHE_SECONDS is 0, or the engine is Meilisearch, whose answers lag the
 * counters (it applies changes through the outbox, after they commit).
 */
export function searchCacheTtlMs(config: { SEARCH_CACHE_SECONDS: number }, engineName: string): number | null {
  return config.SEARCH_CACHE_SECONDS > 0 && engineName === 'postgres' ? durationMs({ seconds: config.SEARCH_CACHE_SECONDS }) : null;
}

/** SEARCH_AVAILABILITY_LAG_SECONDS in ms: how long a kept ranking or whole answer may outlive a move of the ranking counter. */
export function availabilityLagMs(config: { SEARCH_AVAILABILITY_LAG_SECONDS?: number }): number {
  return durationMs({ seconds: config.SEARCH_AVAILABILITY_LAG_SECONDS ?? 0 });
}

/**
 * The instant an answer stops holding with no write: the earliest of those of the parts it was
 * made from, kept or computed (an open time it shows passing, the client's day ending).
 */
export class AnswerValidity {
  untilMs = Number.POSITIVE_INFINITY;
  /** The state whose ranking counter the answer depends on (`rankingVersionIn`); null for every state, undefined before a search said. */
  rankingState: string | null | undefined = undefined;

  narrow(untilMs: number): void {
    if (untilMs < this.untilMs) this.untilMs = untilMs;
  }

  /**
   * The therapists whose open times or ratings the answer read (its rankings' candidates): a change
   * to anyone else's leaves it as it is (see RankingChangeLog). Null when that is not known (any
   * change may matter); undefined before a search said.
   */
  therapists: ReadonlySet<string> | null | undefined = undefined;

  /** The answer ranks therapists licensed in `jurisdiction` (null: in any state); a second, other state makes it every state's. */
  ranksIn(jurisdiction: string | null): void {
    this.rankingState = this.rankingState === undefined || this.rankingState === jurisdiction ? jurisdiction : null;
  }

  /** The answer read these therapists' open times and ratings (null: it depends on others' too, unnamed). */
  readTherapists(therapistIds: ReadonlySet<string> | null): void {
    if (therapistIds === null || this.therapists === null) {
      this.therapists = null;
      return;
    }
    // One ranking's set, as it was given (an answer reads one); a second is merged into a set of their own.
    this.therapists = this.therapists === undefined ? therapistIds : new Set([...this.therapists, ...therapistIds]);
  }
}

/**
 * Which therapists the ranking counter moved for (migration 20261215000000): each move is logged
 * with its number, the global counter's value, and the therapist whose open times or ratings
 * changed. An answer kept under a ranking counter that has moved since (its state's group's: any
 * booking there) still holds when none of the therapists it ranked changed after the global
 * counter's value read when it was kept. Like the counters, this sees what has committed: a change
 * that took its number before the counters were read and commits after this check is missed, the
 * race SEARCH_CACHE_SECONDS bounds for the counters too (README, "What is cached where").
 */
export class RankingChangeLog {
  constructor(private readonly em: EntityManager) {}

  /** Whether any of `therapistIds` changed after `rankingAt` (a read of the global ranking counter). One statement. */
  async changedSince(rankingAt: string, therapistIds: ReadonlySet<string>): Promise<boolean> {
    if (therapistIds.size === 0) return false;
    const [row] = await this.em
      .getConnection()
      .execute<{ changed: boolean }[]>(`select exists (select 1 from therapist_ranking_change_log where therapist_id = any(?::uuid[]) and change > ?) as changed`, [
        `{${[...therapistIds].join(',')}}`,
        rankingAt === '-' ? 0 : rankingAt,
      ]);
    return row.changed;
  }
}

/** The counters as read, and when (clock ms, taken just before the read). */
export interface StampedVersions {
  versions: SearchVersions;
  readAtMs: number;
}

/**
 * The counters a search request read before anything was computed for it (KeptSearchResponses
 * reads them beside its rate-limit hit, for a request that asks `searchTherapists` alone), which
 * every later read in that request reuses.
 */
const READ_FOR_REQUEST = requestKept<StampedVersions>(Symbol('search counters read for the request'));

/**
 * Reads the counters in one statement, once for the calls made in one synchronous turn: a
 * search asks for its ranking, candidates and facets together, and one read, sent after all
 * asked, serves them. A call in a later turn reads again, so it never gets a value read before
 * it was made, except in a request whose counters were already read for it (`keepForRequest`):
 * every read there gives those. An answer kept under counters read before it was computed is
 * never kept past a change it missed, however early they were read (a change after the read moves
 * the counters past the stamp), and one found under them is what the request would have got at
 * that read. Reading them again was a statement, a round trip, each time a search that was not
 * kept went past the whole answers' cache (bench/search/README.md, the thirty-sixth run).
 */
export class SearchChanges {
  private readThisTurn: Promise<SearchVersions> | null = null;

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async read(): Promise<SearchVersions> {
    return (await this.stamped()).versions;
  }

  /** The counters, and when they were read. */
  stamped(): Promise<StampedVersions> {
    const readForRequest = READ_FOR_REQUEST.get();
    if (readForRequest) return Promise.resolve(readForRequest);
    const readAtMs = this.clock.now().getTime();
    return this.readInTurn().then((versions) => ({ versions, readAtMs }));
  }

  /** Counters this request read itself (in a statement of its own) before computing anything: later reads in the request give them. */
  keepForRequest(read: StampedVersions): void {
    READ_FOR_REQUEST.keep(read);
  }

  private readInTurn(): Promise<SearchVersions> {
    if (this.readThisTurn) return this.readThisTurn;
    const read = this.em
      .getConnection()
      .execute<SearchVersions[]>(`select ${SEARCH_VERSIONS.columns}`)
      .then(([row]) => row);
    this.readThisTurn = read;
    queueMicrotask(() => {
      if (this.readThisTurn === read) this.readThisTurn = null;
    });
    return read;
  }
}

interface Entry {
  value: unknown;
  stamp: string;
  expiresAt: number;
  validUntilMs: number;
  /** The lagging part of the stamp it was kept under (see `LaggingPart`), and when (clock ms) that stamp was read. */
  lagging: string | null;
  stampedAtMs: number;
  /** What a lagging part that moved may have changed (see `Rechecked`), or null: the answer ends with it. */
  rechecked: Rechecked | null;
}

/**
 * What an answer kept under a lagging part depends on of it: the therapists whose open times or
 * ratings it read, and the global ranking counter's value read when it was kept. When the lagging
 * part has moved since, RankingChangeLog tells whether any of them changed after that value.
 */
export interface Rechecked {
  therapists: ReadonlySet<string>;
  rankingAt: string;
}

/**
 * A part of a stamp an answer may disagree with for a while (KeptAnswers' `lagMs`; none by
 * default): an answer kept under another value of it is still given until `lagMs` after its stamp
 * was read at `stampedAtMs`, the rest of the stamp matching. What it shows is then at most that
 * old. The ranking counter, for rankings and whole answers (SEARCH_AVAILABILITY_LAG_SECONDS).
 */
export interface LaggingPart {
  value: string;
  stampedAtMs: number;
}

/**
 * Answers kept per key, least recently used evicted past `maxEntries`. An answer is reused while
 * its stamp (the counters it depends on, and the UTC day: licenses lapse by the calendar, with no
 * write) is unchanged, before `ttlMs` has passed, and before the instant its computation said it
 * stops holding (`validUntilMs`, on the clock: open times pass). `ttlMs` bounds what a change
 * committing in the instant between the counter read and the statements could leave stale. A
 * stamp's lagging part (`LaggingPart`) may differ for `lagMs` at most; with 0, never.
 */
export class KeptAnswers {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly lagMs = 0,
  ) {}

  /** How many answers are kept now. */
  get size(): number {
    return this.entries.size;
  }

  /** The answer kept for `key`, whether or not it still holds (nothing is moved or evicted). */
  peek<T>(key: string): T | undefined {
    return this.entries.get(key)?.value as T | undefined;
  }

  /**
   * `stamp` is read before `compute` runs: a change committed after the read moves it past what is
   * stored. `validity` is narrowed to when the answer given stops holding, and told the therapists
   * it read. With `recheck`, an answer whose lagging part has moved since it was kept is given when
   * none of the therapists it read changed after it was kept (`findRechecked`), and kept again under
   * the new lagging part and `recheck.rankingAt` (the global ranking counter read with the stamp).
   */
  async remember<T>(
    key: string,
    stamp: string,
    compute: () => Promise<{ value: T; validUntilMs: number; therapists?: ReadonlySet<string> }>,
    validity?: AnswerValidity,
    lagging?: LaggingPart,
    recheck?: { log: RankingChangeLog; rankingAt: string },
  ): Promise<T> {
    const stampNow = this.stampOfToday(stamp);
    const kept = this.find<T>(key, stampNow, lagging?.value) ?? (lagging && recheck ? await this.findRechecked<T>(key, stampNow, lagging, recheck) : undefined);
    if (kept) {
      validity?.narrow(kept.validUntilMs);
      validity?.readTherapists(kept.therapists);
      return kept.value;
    }
    const { value, validUntilMs, therapists } = await compute();
    validity?.narrow(validUntilMs);
    validity?.readTherapists(therapists ?? null);
    this.keep(key, stampNow, value, validUntilMs, lagging, therapists && recheck ? { therapists, rankingAt: recheck.rankingAt } : null);
    return value;
  }

  /**
   * `stamp` (the counters read) with today's UTC date: licenses lapse by the calendar, with no
   * write. Taken before computing, so an answer computed across midnight is kept under the day it
   * started in, and not reused on the next.
   */
  stampOfToday(stamp: string): string {
    return `${stamp}\u0000${utcDateOf(this.clock.now())}`;
  }

  /**
   * The answer kept for `key` if it still holds for `stamp` (from `stampOfToday`) now, and for the
   * lagging part's value `lagging`: the same, or another within `lagMs` of the answer's stamp. With
   * it, the therapists it read (null: not known).
   */
  find<T>(key: string, stamp: string, lagging?: string): { value: T; validUntilMs: number; therapists: ReadonlySet<string> | null } | undefined {
    const kept = this.holding(key, stamp);
    if (!kept) return undefined;
    if (kept.lagging !== (lagging ?? null)) {
      // Another value of the lagging part: given only within the lag of the answer's stamp.
      const tolerated = lagging !== undefined && kept.lagging !== null && this.clock.now().getTime() < kept.stampedAtMs + this.lagMs;
      if (!tolerated) return undefined;
    }
    // Most recently used last: the first entry is the one to evict.
    this.entries.delete(key);
    this.entries.set(key, kept);
    return { value: kept.value as T, validUntilMs: kept.validUntilMs, therapists: kept.rechecked?.therapists ?? null };
  }

  /**
   * The answer kept for `key` that `find` refused only because its lagging part moved (to
   * `lagging`), if none of the therapists it read changed since it was kept (one statement,
   * RankingChangeLog.changedSince): kept again under `lagging` and the global ranking counter read
   * with it (`recheck.rankingAt`), with the expiry it had, and given. Undefined when it ends: another
   * stamp, expired, kept without the therapists it read, one of them changed, or the check failed
   * (the answer is then computed, as any not kept is).
   */
  async findRechecked<T>(key: string, stamp: string, lagging: LaggingPart, recheck: { log: RankingChangeLog; rankingAt: string }) {
    const kept = this.holding(key, stamp);
    const rechecked = kept && kept.lagging !== null && kept.lagging !== lagging.value ? kept.rechecked : null;
    if (!rechecked || (await recheck.log.changedSince(rechecked.rankingAt, rechecked.therapists).catch(() => true))) return undefined;
    // Nothing to keep again if that answer was replaced meanwhile.
    const now = this.entries.get(key);
    if (now?.rechecked === rechecked) {
      now.lagging = lagging.value;
      now.stampedAtMs = lagging.stampedAtMs;
      now.rechecked = { therapists: rechecked.therapists, rankingAt: recheck.rankingAt };
    }
    return this.find<T>(key, stamp, lagging.value);
  }

  /**
   * Keeps `value`, computed after `stamp` (from `stampOfToday`) and `lagging` were read at
   * `stampedAtMs`, until `validUntilMs` on the clock at most; `rechecked`: what it read of the lagging part.
   */
  keep(key: string, stamp: string, value: unknown, validUntilMs: number, lagging?: LaggingPart, rechecked: Rechecked | null = null): void {
    this.entries.delete(key);
    this.entries.set(key, {
      value,
      stamp,
      expiresAt: performance.now() + this.ttlMs,
      validUntilMs,
      lagging: lagging?.value ?? null,
      stampedAtMs: lagging?.stampedAtMs ?? 0,
      rechecked: lagging ? rechecked : null,
    });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  /** The entry for `key` if kept under `stamp`, not expired and not past its own instant. */
  private holding(key: string, stamp: string): Entry | undefined {
    const kept = this.entries.get(key);
    if (!kept || kept.stamp !== stamp || kept.expiresAt <= performance.now() || this.clock.now().getTime() >= kept.validUntilMs) return undefined;
    return kept;
  }
}

/**
 * A ranked search holds what its pages show for up to 400 therapists (their reasons and open
 * times, about 0.5 MB), so fewer are kept than engine answers: 100 rankings are about 50 MB,
 * enough for every state's directory and its common filters. Measured at 10k: 100 different
 * searches (206 candidates each on average) grew the heap by 26 MB, both caches included.
 */
const RANKINGS_KEPT = 100;

/**
 * The ranked order of a search's candidates, kept per process while the read model, the
 * summaries and the ratings it was computed from are unchanged (the search counter, and the
 * ranking counter of the search's state's group: `rankingVersionIn`) and until the
 * first of its open times would enter or leave a therapist's bookable window. A page of a kept
 * ranking costs its profiles alone. With SEARCH_AVAILABILITY_LAG_SECONDS, the ranking counter alone
 * may have moved for that long since it was read, as for whole answers (KeptSearchResponses): the
 * next page of a kept first page then ranks as that page did, with no therapist repeated or
 * skipped. Off (every ranking computed) when SEARCH_CACHE_SECONDS is 0
 * or the engine is Meilisearch, whose answers lag the counters (it applies changes through the
 * outbox, after they commit).
 */
export class RankingCache {
  private readonly kept: KeptAnswers | null;

  constructor(
    private readonly changes: SearchChanges,
    clock: Clock,
    config: { SEARCH_CACHE_SECONDS: number; SEARCH_AVAILABILITY_LAG_SECONDS?: number },
    engineName: string,
    private readonly log: RankingChangeLog,
  ) {
    const ttlMs = searchCacheTtlMs(config, engineName);
    this.kept = ttlMs === null ? null : new KeptAnswers(clock, ttlMs, RANKINGS_KEPT, availabilityLagMs(config));
  }

  /** How many rankings are kept now. */
  get size(): number {
    return this.kept?.size ?? 0;
  }

  /**
   * `jurisdiction`: the state whose therapists the ranking orders (null: any), whose ranking counter
   * it is kept under. `compute` says which therapists' open times and ratings it read (its
   * candidates): a kept ranking whose counter moved for others only is kept again (RankingChangeLog).
   */
  async rank<T>(
    key: string,
    compute: () => Promise<{ value: T; validUntilMs: number; therapists: ReadonlySet<string> }>,
    validity?: AnswerValidity,
    jurisdiction: string | null = null,
  ): Promise<T> {
    if (!this.kept) {
      const { value, validUntilMs, therapists } = await compute();
      validity?.narrow(validUntilMs);
      validity?.readTherapists(therapists);
      return value;
    }
    const { versions, readAtMs } = await this.changes.stamped();
    const lagging = { value: rankingVersionIn(versions, jurisdiction), stampedAtMs: readAtMs };
    return this.kept.remember(key, versions.search, compute, validity, lagging, { log: this.log, rankingAt: versions.ranking });
  }
}
