import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { addDuration, allianceTotalOnMatchingScale, durationMs, rankingRecordOf, type RankingRecord, sharedStrings, type TherapistCandidate, utcDateOf } from '@rapport/domain';
import { Clock } from '../../common/clock';
import { uuidArray } from '../../common/sql/uuid-array';
import { DEFAULT_SESSION_MINUTES, SlotFinder } from '../../availability/slot-finder.service';
import { APP_CONFIG } from '../../config/config.module';
import { AppConfig } from '../../config/config.schema';
import { inContextOfItsOwn } from '../../database/request-context';
import { ProjectionRowCache, RowVersion, rowVersionOf } from './projection-row-cache';
import { Candidate } from './search-engine.port';
import { sharedId, therapistKey } from './shared-ids';

/** The ranking counts open times over the client's today … today + 13, which ends within 14 days of now in any zone. */
export const RANKING_WINDOW_DAYS = 14;
/** The summary covers one day more, so a summary stays exact for a day and a daily roll keeps every row exact. */
export const SUMMARY_WINDOW_DAYS = RANKING_WINDOW_DAYS + 1;
const MS_PER_MINUTE = durationMs({ minutes: 1 });
const REFRESH_BATCH = 500;

/** One row of the search read model, as the ranking reads it. */
export interface ProjectionRow {
  therapistId: string;
  jurisdictions: string[];
  acceptsNewClients: boolean;
  accepting: boolean;
  formats: string[];
  languages: string[];
  ageGroups: string[];
  gender: string | null;
  communities: string[];
  specialtyConcerns: string[];
  treatedConcerns: string[];
  modalities: string[];
  feeMinor: number | null;
  slidingScaleMinMinor: number | null;
  slidingScaleMaxMinor: number | null;
  insurance: string[];
  officeLatitude: number | null;
  officeLongitude: number | null;
  /** Open slot starts over the ranking window from the summary, in epoch milliseconds; null when the summary cannot answer exactly now (stale or not yet computed). */
  summarySlotStartsMs: number[] | null;
  /** How long each of those slots lasts: the shortest individual session (the slot engine's length). */
  slotMinutes: number;
  /** Clients' session ratings, each client counted once (libs/domain allianceForMatching); null before anyone rated. */
  alliance: TherapistCandidate['alliance'];
  /**
   * Until when (epoch ms) this row, unwritten, reads the same: the first of its open times to
   * leave the bookable window (its notice) or to enter it (its horizon), or the summary's exact
   * limit; now for a row whose summary cannot answer.
   */
  unchangedUntilMs: number;
  /**
   * What the ranking reads of it (rankRecords), made with the row: null when its summary cannot
   * answer (the ranking's open times are then the slot engine's, per search) or a code found no bit.
   */
  ranking: RankingRecord | null;
}

const ARRAY_COLUMNS = [
  'jurisdictions', 'formats', 'languages', 'age_groups', 'communities', 'specialty_concerns', 'treated_concerns', 'modalities', 'insurance', 'open_slot_starts',
] as const satisfies readonly (keyof RawRow)[];

interface RawRow {
  therapist_id: string;
  jurisdictions: string[];
  accepts_new_clients: boolean;
  accepting: boolean;
  formats: string[];
  languages: string[];
  age_groups: string[];
  gender: string | null;
  communities: string[];
  specialty_concerns: string[];
  treated_concerns: string[];
  modalities: string[];
  fee_minor: number | null;
  sliding_scale_min_minor: number | null;
  sliding_scale_max_minor: number | null;
  insurance: string[];
  office_latitude: number | null;
  office_longitude: number | null;
  /** Minutes since the epoch; a kept row holds them as an Int32Array (half the memory). */
  open_slot_starts: number[] | Int32Array;
  availability_stale: boolean;
  exact_until_ms: number | null;
  minimum_notice_minutes: number | null;
  horizon_days: number | null;
  slot_minutes: number | null;
  alliance_clients: number;
  alliance_mean_total: number | null;
}

/**
 * The search read model (table therapist_search). Its profile and license
 * columns are written by database triggers in the same transaction as each
 * change; this service reads rows for the ranking and keeps the availability
 * summary: open slot starts of a standard individual session over
 * SUMMARY_WINDOW_DAYS, the next open start, and until when the summary is exact.
 */
@Injectable()
export class SearchProjection {
  private readonly logger = new Logger(SearchProjection.name);
  /** Rows as last read, by row version (SEARCH_ROW_CACHE_ROWS); null reads every row each time. */
  private readonly kept: ProjectionRowCache<RawRow, ProjectionRow> | null;

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly slots: SlotFinder,
    @Optional() @Inject(APP_CONFIG) config?: Pick<AppConfig, 'SEARCH_ROW_CACHE_ROWS'>,
  ) {
    const capacity = config?.SEARCH_ROW_CACHE_ROWS ?? 0;
    this.kept = capacity > 0 ? new ProjectionRowCache(capacity, (raw, now) => frozen(toRow(raw, now)), therapistKey) : null;
  }

  /**
   * The rows of these therapists, leaving out any whose every license has expired since the row
   * was written (whichever engine found them). Open slots come from the summary, bounded by the
   * therapist's notice and horizon as of now, exactly as the slot engine would bound them; rows
   * whose summary cannot answer exactly (changed since, or older than a day) carry null. With the
   * row cache, up to two statements: the rows' versions, then only the rows this process does not
   * hold at those versions (none when it holds them all); without it, one.
   */
  async rowsFor(therapistIds: readonly string[]): Promise<Map<string, ProjectionRow>> {
    if (therapistIds.length === 0) return new Map();
    const now = this.clock.now();
    if (this.kept === null) return new Map((await this.readRows(therapistIds, now)).map((row) => [row.therapist_id, toRow(row, now)]));
    // The versions of the rows that may be shown (a small statement), then whole rows only for
    // those written since this process last read them.
    const current = await this.readVersions(therapistIds, now);
    const { rows, missing } = this.kept.take(current, now);
    if (missing.length === 0) return rows;
    // Read again at whatever version is current now: a write between the two statements gives the
    // newer row, kept under its own version. A row deleted meanwhile is left out.
    for (const row of await this.readRows(missing, now)) rows.set(row.therapist_id, this.kept.put(sharedId(row.therapist_id), row.version, compact(row), now));
    return rows;
  }

  /**
   * rowsFor, for candidates as an engine gives them: each one's row at its position (undefined for
   * a row no longer listable). When every candidate carries its row version (the Postgres engine
   * reads them in the statement that found the candidates, from rows whose licenses were valid
   * today), those stand for rowsFor's first statement, and the row cache is read by the candidates'
   * keys (`rowKey`, StateRowIndex's); the rows not held are read as rowsFor reads them. Otherwise
   * it is rowsFor's answer.
   */
  async rowsOfCandidates(candidates: readonly Candidate[]): Promise<(ProjectionRow | undefined)[]> {
    const kept = this.kept;
    if (kept === null || candidates.some((candidate) => candidate.rowVersion === undefined)) {
      const rows = await this.rowsFor(candidates.map(({ id }) => id));
      return candidates.map(({ id }) => rows.get(id));
    }
    const now = this.clock.now();
    const ids = candidates.map(({ id }) => id);
    const { rows, missing } = kept.takeAt(ids, candidates.map(({ rowVersion }) => rowVersion!), candidates.map(({ rowKey }) => rowKey ?? -1), now);
    if (missing.length === 0) return rows;
    const positions = new Map(missing.map((at) => [ids[at], at]));
    // Read again at whatever version is current now, as rowsFor does; a row deleted meanwhile stays undefined.
    for (const row of await this.readRows([...positions.keys()], now)) {
      rows[positions.get(row.therapist_id)!] = kept.put(sharedId(row.therapist_id), row.version, compact(row), now);
    }
    return rows;
  }

  /**
   * Reads the listed rows into the row cache, in id order, `batch` rows a statement, until it is
   * full or every row is held: a process that has just started then answers its first searches of
   * any words as one that has run for hours does, where each would otherwise read most of its 400
   * candidates' rows (words not seen before reach rows no search has read). Rows a search has kept
   * are left as they are; a row written while warming is read again by the first search that finds
   * its version moved, as always. Stops between batches once `signal` aborts. Returns how many rows
   * it kept (0 without a row cache; rows held already are not counted).
   */
  async warmRowCache({ batch = REFRESH_BATCH, signal }: { batch?: number; signal?: AbortSignal } = {}): Promise<number> {
    const kept = this.kept;
    if (kept === null || signal?.aborted) return 0;
    let warmed = 0;
    for await (const { rows, now } of inIdOrder((after, now) => this.readRowsAfter(after, batch, now), batch, this.clock)) {
      for (const row of rows) {
        const outcome = kept.keepIfRoom(sharedId(row.therapist_id), row.version, compact(row), now);
        if (outcome === 'full') return warmed;
        if (outcome === 'kept') warmed += 1;
      }
      if (signal?.aborted) break;
    }
    return warmed;
  }

  private async readVersions(therapistIds: readonly string[], now: Date): Promise<Map<string, RowVersion>> {
    return new Map(
      (await this.em.getConnection().execute<{ therapist_id: string; version: RowVersion }[]>(
        `select therapist_id, ${ROW_VERSION} as version from therapist_search where therapist_id = any(?::uuid[]) and latest_license_expiry >= ?`,
        [uuidArray(therapistIds), utcDateOf(now)],
      )).map((row) => [row.therapist_id, row.version]),
    );
  }

  /**
   * Whole rows (one indexed statement), leaving out any whose every license has expired since the
   * row was written (whichever engine found them).
   */
  private readRows(therapistIds: readonly string[], now: Date): Promise<(RawRow & { version: RowVersion })[]> {
    return this.em.getConnection().execute<(RawRow & { version: RowVersion })[]>(
      `select ${ROW_COLUMNS} from therapist_search where therapist_id = any(?::uuid[]) and latest_license_expiry >= ?`,
      [uuidArray(therapistIds), utcDateOf(now)],
    );
  }

  /** The next `limit` listable rows after `after` in id order (the primary key's), as readRows reads them. */
  private readRowsAfter(after: string, limit: number, now: Date): Promise<(RawRow & { version: RowVersion })[]> {
    return this.em.getConnection().execute<(RawRow & { version: RowVersion })[]>(
      `select ${ROW_COLUMNS} from therapist_search where therapist_id > ?::uuid and latest_license_expiry >= ? order by therapist_id limit ?`,
      [after, utcDateOf(now), limit],
    );
  }

  /**
   * Recomputes the availability summary of these therapists (all rows when
   * omitted, in batches): the slot engine over SUMMARY_WINDOW_DAYS from now. A
   * change that lands while computing bumps the row's version, so that row stays stale.
   */
  async refreshAvailability(therapistIds?: readonly string[]): Promise<number> {
    if (therapistIds) {
      let done = 0;
      for (let start = 0; start < therapistIds.length; start += REFRESH_BATCH) done += await this.refreshBatch(therapistIds.slice(start, start + REFRESH_BATCH));
      return done;
    }
    return this.refreshWhere('true');
  }

  /** Rows whose summary is stale, or exact for less than `aheadMs` more: the daily roll and the sweep after missed events. */
  async refreshDue(aheadMs: number = durationMs({ hours: 2 })): Promise<number> {
    const until = new Date(this.clock.now().getTime() + aheadMs);
    return this.refreshWhere(`availability_stale or availability_exact_until is null or availability_exact_until < '${until.toISOString()}'::timestamptz`);
  }

  private async refreshWhere(condition: string): Promise<number> {
    let done = 0;
    const idsAfter = (after: string) =>
      this.em.getConnection().execute<{ therapist_id: string }[]>(
        `select therapist_id from therapist_search where therapist_id > ? and (${condition}) order by therapist_id limit ?`,
        [after, REFRESH_BATCH],
      );
    for await (const { rows } of inIdOrder(idsAfter, REFRESH_BATCH, this.clock)) done += await this.refreshBatch(rows.map((row) => row.therapist_id));
    return done;
  }

  /** One batch in a context of its own (outbox handlers, jobs and the CLI run outside requests; entities loaded are dropped after). */
  private refreshBatch(therapistIds: readonly string[]): Promise<number> {
    if (therapistIds.length === 0) return Promise.resolve(0);
    return inContextOfItsOwn(this.em, () => this.computeBatch(therapistIds));
  }

  private async computeBatch(therapistIds: readonly string[]): Promise<number> {
    const connection = this.em.getConnection();
    const now = this.clock.now();
    // A live hold frees its time when it lapses, with no write: the summary is exact only until the first lapses.
    const versions = await connection.execute<{ therapist_id: string; availability_version: number; horizon_days: number | null; minimum_notice_minutes: number | null; slot_minutes: number | null; hold_lapses_at: Date | null }[]>(
      `select s.therapist_id, s.availability_version, b.horizon_days, b.minimum_notice_minutes,
         (select min(t.duration_minutes)::int from session_types t where t.therapist_id = s.therapist_id and t.kind = 'INDIVIDUAL' and t.archived_at is null) as slot_minutes,
         (select min(h.hold_expires_at) from bookings h where h.therapist_id = s.therapist_id and h.status = 'HELD' and h.hold_expires_at > ?) as hold_lapses_at
       from therapist_search s left join booking_settings b on b.therapist_id = s.therapist_id where s.therapist_id = any(?::uuid[])`,
      [now, uuidArray(therapistIds)],
    );
    if (versions.length === 0) return 0;
    const open = await this.slots.nextSlots(versions.map((row) => row.therapist_id), { count: Number.POSITIVE_INFINITY, timeZone: 'UTC', withinDays: SUMMARY_WINDOW_DAYS });
    const summaries = versions.map((row) => {
      const starts = (open.get(row.therapist_id) ?? []).map((slot) => Math.floor(slot.startsAt.getTime() / MS_PER_MINUTE));
      return {
        id: row.therapist_id,
        version: row.availability_version,
        starts,
        next: starts.length ? new Date(starts[0] * MS_PER_MINUTE).toISOString() : null,
        exactUntil: earliest(addDuration(now, { days: exactForDays(row.horizon_days) }), row.hold_lapses_at === null ? null : new Date(row.hold_lapses_at)).toISOString(),
        notice: row.minimum_notice_minutes,
        horizon: row.horizon_days,
        slotMinutes: row.slot_minutes,
      };
    });
    await connection.execute(
      `update therapist_search s set open_slot_starts = v.starts, next_open_at = v.next, availability_computed_at = ?,
         availability_exact_until = v."exactUntil", availability_stale = (s.availability_version <> v.version),
         minimum_notice_minutes = v.notice, horizon_days = v.horizon, slot_minutes = v."slotMinutes"
       from jsonb_to_recordset(?::jsonb) as v(id uuid, version int, starts int[], next timestamptz, "exactUntil" timestamptz, notice int, horizon int, "slotMinutes" int)
       where s.therapist_id = v.id`,
      [now, JSON.stringify(summaries)],
    );
    return summaries.length;
  }

  /**
   * Rewrites the per-state text rows from the read model, repairing any that drifted (a restore with
   * triggers off), with no write to therapist_search: so every state's row version moves in the same
   * transaction, and words' matches held in API processes (StateRowIndex) are matched again.
   */
  async rewriteTextRows(): Promise<void> {
    await this.em.fork().transactional(async (tx) => {
      const context = tx.getTransactionContext();
      await tx.getConnection().execute(`select therapist_search_state_texts_rebuild()`, [], 'all', context);
      await tx.getConnection().execute(`update therapist_search_row_versions set version = version + 1`, [], 'all', context);
    });
  }

  /** Rebuilds every row from the sources (the triggers' own function), the facet counts, the per-state rows, the text rows and the ratings, then every summary: `npm run search:rebuild`. */
  async rebuild(onProgress?: (message: string) => void): Promise<{ rows: number; summaries: number }> {
    const connection = this.em.getConnection();
    await connection.execute(`select therapist_search_refresh(array(select id from therapist_profiles))`);
    await connection.execute(`delete from therapist_search s where not exists (select 1 from therapist_profiles p where p.id = s.therapist_id and p.status = 'ACTIVE')`);
    // The triggers kept the facet counts and the per-state rows through the statements above; a
    // recount and a rewrite also repair what drifted while triggers were disabled (a restore).
    await connection.execute(`select therapist_search_facet_counts_rebuild()`);
    await connection.execute(`select therapist_search_states_rebuild()`);
    await this.rewriteTextRows();
    await connection.execute(`select therapist_search_alliance_write(array(select therapist_id from therapist_search))`);
    const [{ rows }] = await connection.execute<{ rows: number }[]>(`select count(*)::int as rows from therapist_search`);
    onProgress?.(`${rows} rows written; computing availability summaries`);
    const summaries = await this.refreshAvailability();
    this.logger.log(`search read model rebuilt: ${rows} rows, ${summaries} availability summaries`);
    return { rows, summaries };
  }
}

/**
 * The read model's rows in therapist id order (its primary key's), `batch` a statement from
 * `read(after, now)` (the rows after id `after`, at most `batch`), each batch with the instant it
 * was read at; ends at the first batch that is not full (an empty one is not given).
 */
async function* inIdOrder<T extends { therapist_id: string }>(
  read: (after: string, now: Date) => Promise<T[]>,
  batch: number,
  clock: Clock,
): AsyncGenerator<{ rows: T[]; now: Date }> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const now = clock.now();
    const rows = await read(after, now);
    if (rows.length > 0) yield { rows, now };
    if (rows.length < batch) return;
    after = rows[rows.length - 1].therapist_id;
  }
}

/**
 * How long a summary computed now answers the ranking exactly: it holds starts
 * before min(now + 15 d, now + horizon); a search needs those before
 * min(then + 14 d, then + horizon). A horizon under 15 days leaves less slack.
 */
function exactForDays(horizonDays: number | null): number {
  if (horizonDays === null) return SUMMARY_WINDOW_DAYS - RANKING_WINDOW_DAYS;
  return Math.max(0, Math.min(horizonDays, SUMMARY_WINDOW_DAYS) - RANKING_WINDOW_DAYS);
}

function earliest(instant: Date, other: Date | null): Date {
  return other !== null && other < instant ? other : instant;
}

/** See RowVersion: the tuple's creating transaction and its place. */
const ROW_VERSION = rowVersionOf('therapist_search');

/**
 * A whole row as the ranking reads it, with its version. Arrays come as JSON: the driver parses
 * JSON natively, and PostgreSQL's array text in JavaScript (400 rows of about 80 open starts each)
 * was most of the statement's cost.
 */
const ROW_COLUMNS = `therapist_id, ${ROW_VERSION} as version, ${[...ARRAY_COLUMNS].map((column) => `to_json(${column}) as ${column}`).join(', ')},
  accepts_new_clients, accepting, gender, fee_minor, sliding_scale_min_minor, sliding_scale_max_minor,
  office_latitude, office_longitude, minimum_notice_minutes, horizon_days, slot_minutes, availability_stale, alliance_clients, alliance_mean_total,
  (extract(epoch from availability_exact_until) * 1000)::float8 as exact_until_ms`;

/**
 * The row as the ranking reads it as of now. Its summary answers only while fresh (no change since
 * it was computed) and exact (computed less than a day ago, before any hold it counted lapses).
 */
function toRow(row: RawRow, now: Date): ProjectionRow {
  const usable = !row.availability_stale && row.exact_until_ms !== null && row.exact_until_ms >= now.getTime();
  const window = usable ? startsWithin(row, now) : null;
  const projected: ProjectionRow = {
    therapistId: row.therapist_id,
    jurisdictions: row.jurisdictions,
    acceptsNewClients: row.accepts_new_clients,
    accepting: row.accepting,
    formats: row.formats,
    languages: row.languages,
    ageGroups: row.age_groups,
    gender: row.gender,
    communities: row.communities,
    specialtyConcerns: row.specialty_concerns,
    treatedConcerns: row.treated_concerns,
    modalities: row.modalities,
    feeMinor: row.fee_minor,
    slidingScaleMinMinor: row.sliding_scale_min_minor,
    slidingScaleMaxMinor: row.sliding_scale_max_minor,
    insurance: row.insurance,
    officeLatitude: row.office_latitude,
    officeLongitude: row.office_longitude,
    summarySlotStartsMs: window?.starts ?? null,
    slotMinutes: row.slot_minutes ?? DEFAULT_SESSION_MINUTES,
    alliance: row.alliance_mean_total === null ? null : Object.freeze({ count: row.alliance_clients, mean: allianceTotalOnMatchingScale(row.alliance_mean_total) }),
    unchangedUntilMs: window?.unchangedUntilMs ?? now.getTime(),
    ranking: null,
  };
  if (window) projected.ranking = rankingRecordOf(candidateOfRow(projected, 0, window.starts));
  return projected;
}

/** A row as the ranking's input, with the search's text relevance and these open times (the summary's, or the slot engine's for a stale row). */
export function candidateOfRow(row: ProjectionRow, textRelevance: number, openSlotStartsMs: readonly number[]): TherapistCandidate {
  return {
    id: row.therapistId,
    licensedJurisdictions: row.jurisdictions,
    // Rows exist only for ACTIVE therapists; the engine's SQL kept only valid licenses.
    profileActive: true,
    acceptsNewClients: row.accepting,
    formats: row.formats as TherapistCandidate['formats'],
    office: row.officeLatitude !== null && row.officeLongitude !== null ? { latitude: row.officeLatitude, longitude: row.officeLongitude } : null,
    languages: row.languages,
    ageGroups: row.ageGroups,
    gender: row.gender as TherapistCandidate['gender'],
    communities: row.communities,
    specialtyConcerns: row.specialtyConcerns,
    treatedConcerns: row.treatedConcerns,
    modalities: row.modalities,
    feeMinor: row.feeMinor,
    slidingScale: row.slidingScaleMinMinor !== null && row.slidingScaleMaxMinor !== null ? { minMinor: row.slidingScaleMinMinor, maxMinor: row.slidingScaleMaxMinor } : null,
    insuranceAccepted: row.insurance,
    textRelevance,
    openSlotStartsMs,
    // Clients' session ratings, each client counted once (kept in the read model); null before anyone rated.
    alliance: row.alliance,
  };
}

/**
 * A row as a process keeps it: its open times as 32-bit minutes, and its codes (concerns, states,
 * languages…, a few hundred values) as one shared string each rather than one per row: about
 * 0.8 KB less a row (2.3 KB kept, with the derived row; its ranking record is 0.3 KB more).
 */
function compact(row: RawRow): RawRow {
  const kept = { ...row, open_slot_starts: Int32Array.from(row.open_slot_starts) };
  for (const column of ARRAY_COLUMNS) if (column !== 'open_slot_starts') kept[column] = row[column].map(sharedCode);
  kept.gender = row.gender === null ? null : sharedCode(row.gender);
  return kept;
}

/** One string per code for every kept row (up to 10,000 distinct codes and free-text values at once). */
const sharedCode = sharedStrings(10_000);

/**
 * A kept row is shared by every search that reads it: nothing may change it (strict mode throws).
 * Its open times stay unfrozen: freezing an array of doubles boxes each one (2 KB a row, not 0.7).
 */
function frozen(row: ProjectionRow): ProjectionRow {
  // Its ranking record stays unfrozen too: it keeps its open times' presence in the last window asked.
  for (const value of Object.values(row)) if (Array.isArray(value) && value !== row.summarySlotStartsMs) Object.freeze(value);
  return Object.freeze(row);
}

/**
 * The slot engine's bounds as of now: starts from now + notice, before now + min(14 days, horizon).
 * Both bounds move with the clock, so the list stays the same until a start in it falls inside
 * the notice or a start past the window comes within it.
 */
function startsWithin(row: RawRow, now: Date): { starts: number[]; unchangedUntilMs: number } {
  const nowMs = now.getTime();
  const noticeMs = (row.minimum_notice_minutes ?? 0) * MS_PER_MINUTE;
  const windowMs = Math.min(RANKING_WINDOW_DAYS, row.horizon_days ?? RANKING_WINDOW_DAYS) * durationMs({ days: 1 });
  const [earliest, before] = [nowMs + noticeMs, nowMs + windowMs];
  const starts: number[] = [];
  let unchangedUntilMs = row.exact_until_ms ?? nowMs;
  for (const minute of row.open_slot_starts) {
    const ms = minute * MS_PER_MINUTE;
    if (ms < earliest) continue;
    if (ms >= before) {
      unchangedUntilMs = Math.min(unchangedUntilMs, ms - windowMs);
      continue;
    }
    unchangedUntilMs = Math.min(unchangedUntilMs, ms - noticeMs);
    starts.push(ms);
  }
  return { starts, unchangedUntilMs };
}
