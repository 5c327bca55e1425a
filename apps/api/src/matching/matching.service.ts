import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  addDays,
  CRISIS_RESOURCES,
  durationMs,
  fitsPreferredTimes,
  localDateOf,
  MATCH_WEIGHTS,
  MatchPreferences,
  pageSearchResults,
  rankingRecordOf,
  RankResult,
  rankRecords,
  rankTherapists,
  Slot,
  startOfLocalDay,
  TherapistCandidate,
  utcDateOf,
} from '@rapport/domain';
import { User } from '../auth/entities/user.entity';
import { Clock } from '../common/clock';
import { groupBy } from '../common/group-by';
import { AppError, ErrorCode, InputError } from '../common/errors/app-error';
import { SlotFinder, toSlotModel } from '../availability/slot-finder.service';
import { IntakeService } from '../intake/intake.service';
import { LicenseSummaryModel } from '../licensing/models/license.model';
import { TherapistProfile } from '../therapists/entities/therapist-profile.entity';
import { toTherapistProfileModel } from '../therapists/therapist-profile.mapper';
import { TherapistsService, VisibleProfile } from '../therapists/therapists.service';
import { SearchTherapistsInput } from './dto/search-therapists.input';
import { activeFilters, relaxFilter, SearchAsk } from './filter-relaxation';
import { fromFilters, fromIntake } from './match-preferences';
import { SearchFilter } from './models/search-filter.enum';
import { FilterRelaxationModel, TherapistSearchResultModel } from './models/search-result.model';
import { AnswerValidity, RankingCache } from './search/search-cache';
import { Candidate, Facets, rotationFor, SearchEngine, SearchQuery } from './search/search-engine.port';
import { ProjectionRowCache, RowVersion } from './search/projection-row-cache';
import { candidateOfRow, ProjectionRow, RANKING_WINDOW_DAYS, SearchProjection } from './search/search-projection';

/**
 * How many engine candidates the ranking sees; the engine pre-orders by
 * concern coverage. Paging cannot reach past them, so `total` is capped here too.
 */
export const CANDIDATE_LIMIT = 400;
const NEXT_SLOTS_SHOWN = 3;

/**
 * How many shown therapists' public profiles each API process keeps at their read-model row
 * versions (see MatchingService.visibleOnPage), least recently used out first: about 2 KB each, so
 * some 20 MB. Only therapists a page has shown are kept.
 */
export const PAGE_PROFILES_KEPT = 10_000;

/** A page profile as read (null: not visible that day), kept under its read-model row version and UTC day. */
type KeptProfile = { visible: VisibleProfile | null; unchangedUntilMs: number };

@Injectable()
export class MatchingService {
  constructor(
    private readonly clock: Clock,
    private readonly therapists: TherapistsService,
    private readonly engine: SearchEngine,
    private readonly slots: SlotFinder,
    private readonly intakes: IntakeService,
    private readonly projection: SearchProjection,
    private readonly rankings: RankingCache,
  ) {}

  private readonly pageProfiles = new ProjectionRowCache<VisibleProfile | null, KeptProfile>(PAGE_PROFILES_KEPT, (visible) => ({
    visible,
    // The UTC day is part of the version it is kept under: it reads the same for as long as that version stands.
    unchangedUntilMs: Number.POSITIVE_INFINITY,
  }));

  /**
   * Candidates from the engine, facts and open times from the search read model
   * (its availability summary), order from the pure ranking. The number of SQL
   * statements is the same for any page size. `validity`, when given, is narrowed to the instant
   * this answer would read differently with no write (KeptSearchResponses keeps it until then).
   */
  async search(
    input: SearchTherapistsInput,
    viewer: User | null,
    options: { excludeTherapistIds?: readonly string[]; validity?: AnswerValidity } = {},
  ): Promise<TherapistSearchResultModel> {
    // Checked before any work: a cursor can never point past the candidates the ranking sees.
    const offset = decodeCursor(input.after);
    const { ask, crisisFlagged, clientId } = await this.preferencesFor(input, viewer);
    const { preferences, query } = ask;
    // The ranking counts days in the client's zone (its 14-day availability window starts on their today).
    const clientToday = localDateOf(this.clock.now(), preferences.timeZone);
    const fairnessSeed = `${clientToday}:${clientId ?? 'anonymous'}`;
    const excluded = options.excludeTherapistIds ?? [];
    // The ranking and the times shown count from the client's today.
    options.validity?.narrow(startOfLocalDay(addDays(clientToday, 1), preferences.timeZone).getTime());
    // Its candidates are all licensed in the state asked: only their changes move what it shows.
    options.validity?.ranksIn(query.jurisdiction);
    // The candidates' read-model row versions, when this request computed the ranking (not a kept one):
    // its own statement read them, so the page's profiles may be those kept at these versions. They
    // are not part of what the ranking cache keeps (a summary write moves a version, not its counters).
    const computedHere: { rowVersions?: ReadonlyMap<string, RowVersion> } = {};
    // A ranking holds its set's total and facets, counted in the same pass over the matching rows
    // as its candidates: a kept ranking is reused only while the search counter and the day are
    // unchanged (the availability lag excuses the ranking counter alone, the state's group's), and so are they.
    const { ranking, accepting, truncated, openTimesOf, counts } = await this.rankings.rank(
      JSON.stringify([query, preferences, fairnessSeed, excluded]),
      async () => {
        const { rowVersions, ...computed } = await this.rank(query, preferences, clientToday, fairnessSeed, excluded);
        computedHere.rowVersions = rowVersions;
        return computed;
      },
      options.validity,
      query.jurisdiction,
    );
    const { total, facets } = counts;
    const paging = pageSearchResults({
      offset,
      first: input.first,
      rankedCount: ranking.ranked.length,
      engineTotal: total,
      candidatesTruncated: truncated,
    });
    if (!paging.ok) throw cursorPastEnd();
    const page = ranking.ranked.slice(offset, paging.pageEnd);
    // Only the page shown: profiles and licenses to display. Its open times are those the
    // ranking counted (the summary, exact; or the slot engine's for a stale row).
    const shown = await this.visibleOnPage(page.map((match) => match.id), computedHere.rowVersions);
    const byId = new Map<string, VisibleProfile>(shown.map((found) => [found.profile.id, found]));
    return {
      crisisResources: crisisFlagged ? CRISIS_RESOURCES.map((resource) => ({ ...resource })) : [],
      total: paging.total,
      totalIsCapped: paging.totalIsCapped,
      items: page.flatMap((match) => {
        const found = byId.get(match.id);
        if (!found) return [];
        const therapist = toTherapistProfileModel(found.profile, found.licenses, { includePrivate: false });
        return [{
          // Listed as accepting only when they can be booked (issue #11 point 9).
          therapist: { ...therapist, acceptsNewClients: accepting(match.id) },
          score: match.score,
          reasons: match.reasons,
          caveats: match.caveats,
          nextSlots: slotsToShow(openTimesOf(match.id), preferences, clientToday).map((slot) => toSlotModel(slot, input.timeZone)),
        }];
      }),
      // Who could be shown at all, not only the page: "no woman therapist fits" must be true of everyone.
      notices: ranking.notices,
      emptyBecause: ranking.ranked.length === 0 ? await this.emptyBecause(ask, { fromIntake: input.useMyIntake, today: clientToday, fairnessSeed, validity: options.validity }) : [],
      facets,
      nextCursor: paging.nextOffset === null ? null : encodeCursor(paging.nextOffset),
      engine: this.engine.name,
    };
  }

  /**
   * Every candidate ranked in one pass: open times come from the read model's availability
   * summary (exact while fresh; stale rows were computed exactly in rankableFrom). The engine
   * counts the set (total and facets) in the same pass as it finds the candidates. The ranking
   * holds until the first of its rows would read differently with no write (an open time
   * entering or leaving a bookable window), which bounds how long RankingCache keeps it.
   */
  private async rank(query: SearchQuery, preferences: MatchPreferences, today: string, fairnessSeed: string, excluded: readonly string[]) {
    const { candidates, total, facets } = await this.engine.candidatesAndCounts(query, CANDIDATE_LIMIT, rotationFor(fairnessSeed));
    const { rankable, accepting, truncated, openTimesOf, unchangedUntilMs, rowVersions } = await this.rankableFrom(candidates, excluded);
    const ranking = rankable.rank(preferences, today, fairnessSeed);
    const counts: Counts = { total, facets };
    // Whose open times and ratings it read: its candidates (a booking of anyone else leaves it as it is).
    const therapists = new Set<string>();
    for (const { id } of candidates) therapists.add(id);
    // A kept ranking reads its page's open times and who accepts from its rows when a page is shown:
    // they are the row cache's own (the same objects, unchanged; b6f2359's 78 MB for 100 kept
    // searches at 10k was rows each search parsed for itself), and reading them for all 400 ranked
    // at once was a fifth of this method's CPU. Its ranked therapists hold them too (their reasons are worded from them).
    return { value: { ranking: { ranked: ranking.ranked, notices: ranking.notices }, accepting, truncated, openTimesOf, counts }, validUntilMs: unchangedUntilMs, therapists, rowVersions };
  }

  /**
   * The page's public profiles and valid licenses (findVisible's), those of therapists shown before
   * from this process's memory. Every change to a profile, its licenses or its session types rewrites
   * the therapist's read-model row in the same transaction (therapist_search_source_changed), so the
   * row's version (`rowVersions`: read by this search's own statement) stands for them: a profile kept
   * under the version and UTC day (licenses lapse by the calendar) this search read is what
   * findVisible would read now, and one read after that version's statement is at least as new. A
   * page's profiles were a statement of every computed search (a round trip, and PostgreSQL's work
   * for it); without every shown therapist's version (a kept ranking, or an engine that reads none)
   * they are read as before.
   */
  private async visibleOnPage(ids: readonly string[], rowVersions: ReadonlyMap<string, RowVersion> | undefined): Promise<VisibleProfile[]> {
    if (rowVersions === undefined || ids.some((id) => !rowVersions.has(id))) return this.therapists.findVisible(ids);
    const now = this.clock.now();
    const day = utcDateOf(now);
    const keys = new Map(ids.map((id) => [id, `${rowVersions.get(id)}@${day}`]));
    const { rows, missing } = this.pageProfiles.take(keys, now);
    if (missing.length > 0) {
      const read = new Map((await this.therapists.findVisible(missing)).map((found) => [found.profile.id, found]));
      for (const id of missing) rows.set(id, this.pageProfiles.put(id, keys.get(id)!, read.get(id) ?? null, now));
    }
    return ids.flatMap((id) => {
      const visible = rows.get(id)?.visible;
      return visible ? [visible] : [];
    });
  }

  /**
   * The engine's candidates (which 400 of a larger set turns with the fairness seed, as the
   * ranking's ties do: see Rotation) as the ranking's input, from the search read model (one
   * indexed statement), with open times from its availability summary; the few whose summary is
   * stale (changed in the last seconds, not yet rolled) get exact ones, in one batch.
   * `openTimesOf` gives a candidate's open times, which the page shows.
   */
  private async rankableFrom(candidates: readonly Candidate[], excludeTherapistIds: readonly string[] = []) {
    // A rematch leaves out the therapists the client asked to leave.
    const excluded = new Set(excludeTherapistIds);
    const listed = excluded.size === 0 ? candidates : candidates.filter(({ id }) => !excluded.has(id));
    // The engine's statement may have read the rows' versions with the candidates: then the
    // projection has none to ask for, and reads its row cache by the candidates' keys (see
    // SearchProjection.rowsOfCandidates). Plain loops over the 400: a Map built through flatMap's
    // pairs was two thirds of this method's own CPU.
    let versions: Map<string, RowVersion> | undefined = new Map();
    for (const { id, rowVersion } of listed) {
      if (rowVersion === undefined) versions = undefined;
      else versions?.set(id, rowVersion);
    }
    const found = await this.projection.rowsOfCandidates(listed);
    const staleIds: string[] = [];
    // Read again later, these rows differ from the first moment one of them would.
    let unchangedUntilMs = Number.POSITIVE_INFINITY;
    const kept: RankableRow[] = [];
    const keptIds: string[] = [];
    for (let at = 0; at < listed.length; at += 1) {
      const row = found[at];
      if (row === undefined) continue;
      kept.push({ row, textRelevance: listed[at].textRelevance });
      keptIds.push(listed[at].id);
      if (row.summarySlotStartsMs === null) staleIds.push(row.therapistId);
      if (row.unchangedUntilMs < unchangedUntilMs) unchangedUntilMs = row.unchangedUntilMs;
    }
    const exact = staleIds.length ? await this.slots.openSlots(staleIds, { withinDays: RANKING_WINDOW_DAYS }) : new Map<string, Slot[]>();
    const rankable = new RankableRows(kept, exact);
    // By id, for the page's therapists alone (who accepts, their open times): made when first asked.
    let byId: Map<string, ProjectionRow> | undefined;
    const rowOf = (therapistId: string) => (byId ??= new Map(kept.map(({ row }, at) => [keptIds[at], row]))).get(therapistId);
    const accepting = (therapistId: string) => rowOf(therapistId)?.accepting === true;
    // The summary's own starts (rows are kept per process and never changed, so no copy): slot
    // objects are built only for the therapists a page shows.
    const openTimesOf = (therapistId: string): OpenTimes => {
      const row = rowOf(therapistId);
      if (row?.summarySlotStartsMs) return { startsMs: row.summarySlotStartsMs, slotMs: durationMs({ minutes: row.slotMinutes }) };
      return exact.get(therapistId) ?? [];
    };
    return { rankable, accepting, openTimesOf, truncated: candidates.length >= CANDIDATE_LIMIT, unchangedUntilMs, rowVersions: versions };
  }

  /**
   * Nobody passed the filters: for each filter the search uses, how many would be shown
   * with only that one set aside. Runs only for an empty result: one count per filter, in
   * parallel; the engine applies every hard filter but office distance, so only a search
   * with a distance limit pays for the full candidates-and-ranking path.
   */
  private async emptyBecause(
    ask: SearchAsk,
    { fromIntake, today, fairnessSeed, validity }: { fromIntake: boolean; today: string; fairnessSeed: string; validity?: AnswerValidity },
  ): Promise<FilterRelaxationModel[]> {
    // Matching is for a first booking: a therapist not taking new clients is no way forward.
    const filters = activeFilters(ask).filter(({ filter }) => !(fromIntake && filter === SearchFilter.ACCEPTING_NEW_CLIENTS));
    const counted = await Promise.all(
      filters.map(async ({ filter, label }) => {
        const relaxed = relaxFilter(ask, filter);
        const engineCount = await this.engine.count(relaxed.query);
        if (engineCount === 0 || relaxed.preferences.location === null) return { filter, label, count: engineCount };
        const candidates = await this.engine.candidates(relaxed.query, CANDIDATE_LIMIT, rotationFor(fairnessSeed));
        const { rankable, unchangedUntilMs } = await this.rankableFrom(candidates);
        validity?.narrow(unchangedUntilMs);
        // Another set's open times count here, unnamed in the answer: any change may matter.
        validity?.readTherapists(null);
        return { filter, label, count: rankable.rank(relaxed.preferences, today, fairnessSeed).ranked.length };
      }),
    );
    return counted.filter((relaxation) => relaxation.count > 0).sort((a, b) => b.count - a.count);
  }

  private async preferencesFor(input: SearchTherapistsInput, viewer: User | null) {
    if (input.useMyIntake) {
      if (!viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Log in to match from your intake.');
      const intake = await this.intakes.findOwn(viewer);
      if (!intake) throw new AppError(ErrorCode.NOT_FOUND, 'Answer the intake first, then we can match you.');
      return { ask: fromIntake(intake.answers, input), crisisFlagged: intake.screeners.phq9?.selfHarmItemPositive ?? false, clientId: viewer.id };
    }
    if (!input.jurisdiction) throw new InputError('jurisdiction', 'Choose the state you will be in for sessions.');
    return { ask: fromFilters({ ...input, jurisdiction: input.jurisdiction }), crisisFlagged: false, clientId: viewer?.id ?? null };
  }
}

/** A filtered set's total and facets. */
type Counts = { total: number; facets: Facets };

/** A ranked therapist's open times: the summary's starts, each slot `slotMs` long; or the slot engine's slots for a stale row. */
type OpenTimes = { startsMs: readonly number[]; slotMs: number } | Slot[];

/**
 * The first few open times, those on the client's preferred days and times first, so an
 * availability reason ("fits your evenings") sits beside evening times. When none fit, the
 * next times at all (the card's caveat says none fit). Reads the starts in order and stops at
 * the few it shows: slot objects are made for those only, not for the whole window (a page of
 * 50 made some 4,000 pairs of Dates to show 150).
 */
function slotsToShow(times: OpenTimes | undefined, preferences: MatchPreferences, today: string): Slot[] {
  if (times === undefined) return [];
  const count = Array.isArray(times) ? times.length : times.startsMs.length;
  const slotAt = Array.isArray(times)
    ? (index: number) => times[index]
    : (index: number): Slot => ({ start: new Date(times.startsMs[index]), end: new Date(times.startsMs[index] + times.slotMs) });
  const [first, fitting]: Slot[][] = [[], []];
  for (let index = 0; index < count && fitting.length < NEXT_SLOTS_SHOWN; index += 1) {
    const slot = slotAt(index);
    if (first.length < NEXT_SLOTS_SHOWN) first.push(slot);
    if (fitsPreferredTimes(slot.start, preferences, today)) fitting.push(slot);
  }
  return fitting.length > 0 ? fitting : first;
}

/** A candidate's read-model row and its text relevance to the search. */
type RankableRow = { row: ProjectionRow; textRelevance: number };

/**
 * The rows a search ranks, in the engine's order. The ranking reads their ranking records
 * (rankRecords), and makes a row's candidate only for a therapist whose reasons are read (a
 * page's); rankTherapists ranks the candidates when the records cannot answer (an insurance plan,
 * an office distance, a row without a record).
 */
class RankableRows {
  constructor(
    private readonly rows: readonly RankableRow[],
    private readonly exact: ReadonlyMap<string, Slot[]>,
  ) {}

  rank(preferences: MatchPreferences, today: string, fairnessSeed: string): RankResult {
    const candidateAt = (index: number) => candidateOf(this.rows[index].row, this.rows[index].textRelevance, this.exact);
    // A stale row's record is made per search, from the slot engine's open times.
    const records = this.rows.map(({ row }, index) => row.ranking ?? (row.summarySlotStartsMs === null ? rankingRecordOf(candidateAt(index)) : null));
    return (
      rankRecords({ records, textRelevance: (index) => this.rows[index].textRelevance, candidateAt, preferences, today, fairnessSeed }) ??
      rankTherapists({ candidates: this.rows.map((_, index) => candidateAt(index)), preferences, today, fairnessSeed })
    );
  }
}

/**
 * Rows' candidates for searches without text (no relevance) from their summaries' open times: kept
 * per row object, which the projection hands out again for as long as the row reads the same (see
 * ProjectionRowCache), so a search over kept rows makes no candidate objects. The ranking never
 * changes its input.
 */
const candidateByRow = new WeakMap<ProjectionRow, TherapistCandidate>();

/** A row as the ranking's input: open times from its summary, or for a stale row the slot engine's (`exact`). */
function candidateOf(row: ProjectionRow, textRelevance: number, exact: ReadonlyMap<string, Slot[]>): TherapistCandidate {
  const starts = row.summarySlotStartsMs;
  if (starts === null) return candidateOfRow(row, textRelevance, (exact.get(row.therapistId) ?? []).map((slot) => slot.start.getTime()));
  if (textRelevance !== 0) return candidateOfRow(row, textRelevance, starts);
  let candidate = candidateByRow.get(row);
  if (candidate === undefined) {
    candidate = candidateOfRow(row, 0, starts);
    candidateByRow.set(row, candidate);
  }
  return candidate;
}

function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64url');
}

function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  try {
    const { offset } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { offset: unknown };
    if (Number.isSafeInteger(offset) && (offset as number) >= 0) {
      if ((offset as number) >= CANDIDATE_LIMIT) throw cursorPastEnd();
      return offset as number;
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
  }
  throw new InputError('after', 'This page cursor is not valid; start from the first page.');
}

function cursorPastEnd(): InputError {
  return new InputError('after', 'This page cursor points past the last result; start from the first page.');
}
