import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  CRISIS_RESOURCES,
  fitsPreferredTimes,
  localDateOf,
  MATCH_WEIGHTS,
  MatchPreferences,
  pageSearchResults,
  rankTherapists,
  TherapistCandidate,
  utcDateOf,
} from '@rapport/domain';
import { User } from '../auth/entities/user.entity';
import { Clock } from '../common/clock';
import { groupBy } from '../common/group-by';
import { AppError, ErrorCode, InputError } from '../common/errors/app-error';
import { SlotFinder } from '../availability/slot-finder.service';
import { AllianceService } from '../alliance/alliance.service';
import { IntakeService } from '../intake/intake.service';
import { LicenseSummaryModel } from '../licensing/models/license.model';
import { TherapistProfile } from '../therapists/entities/therapist-profile.entity';
import { toTherapistProfileModel } from '../therapists/therapist-profile.mapper';
import { ProfileWithLicenses, TherapistsService } from '../therapists/therapists.service';
import { SearchTherapistsInput } from './dto/search-therapists.input';
import { activeFilters, relaxFilter, SearchAsk } from './filter-relaxation';
import { fromFilters, fromIntake } from './match-preferences';
import { SearchFilter } from './models/search-filter.enum';
import { FilterRelaxationModel, TherapistSearchResultModel } from './models/search-result.model';
import { SearchEngine, SearchQuery } from './search/search-engine.port';
import { SlotModel } from '../availability/models/availability.models';

/**
 * How many engine candidates the ranking sees; the engine pre-orders by
 * concern coverage. Paging cannot reach past them, so `total` is capped here too.
 */
export const CANDIDATE_LIMIT = 400;
const NEXT_SLOTS_SHOWN = 3;

@Injectable()
export class MatchingService {
  constructor(
    private readonly clock: Clock,
    private readonly therapists: TherapistsService,
    private readonly engine: SearchEngine,
    private readonly slots: SlotFinder,
    private readonly intakes: IntakeService,
    private readonly alliance: AllianceService,
  ) {}

  /**
   * Candidates from the engine, facts from the database, open times from the
   * slot engine, order from the pure ranking. The number of SQL statements is
   * the same for any page size.
   */
  async search(input: SearchTherapistsInput, viewer: User | null, options: { excludeTherapistIds?: readonly string[] } = {}): Promise<TherapistSearchResultModel> {
    // Checked before any work: a cursor can never point past the candidates the ranking sees.
    const offset = decodeCursor(input.after);
    const { ask, crisisFlagged, clientId } = await this.preferencesFor(input, viewer);
    const { preferences, query } = ask;
    const [{ rankable, byId, truncated }, total, facets] = await Promise.all([
      this.rankableFor(query, options.excludeTherapistIds ?? []),
      this.engine.count(query),
      this.engine.facets(query),
    ]);
    // The ranking counts days in the client's zone (its 14-day availability window starts on their today).
    const clientToday = localDateOf(this.clock.now(), preferences.timeZone);
    const fairnessSeed = `${clientToday}:${clientId ?? 'anonymous'}`;
    const rank = (list: TherapistCandidate[]) => rankTherapists({ candidates: list, preferences, today: clientToday, fairnessSeed });

    // Open times are the costly part, so compute them only for therapists who could still reach
    // this page: availability adds at most its weight, so anyone whose score without it is more
    // than that weight below the page's last provisional score cannot get onto the page. Exact, not a heuristic.
    const provisional = rank(rankable);
    const paging = pageSearchResults({
      offset,
      first: input.first,
      rankedCount: provisional.ranked.length,
      engineTotal: total,
      candidatesTruncated: truncated,
    });
    if (!paging.ok) throw cursorPastEnd();
    const { pageEnd } = paging;
    const cutoff = (provisional.ranked[Math.min(pageEnd, provisional.ranked.length) - 1]?.score ?? 0) - MATCH_WEIGHTS.AVAILABILITY_FIT - 1e-4; // slack for scores rounded to 4 places
    const contenderIds = provisional.ranked.filter((match) => match.score >= cutoff).map((match) => match.id);
    const openSlots = await this.slots.nextSlots(contenderIds, { count: Number.POSITIVE_INFINITY, timeZone: input.timeZone, withinDays: 14 });
    const contenderSet = new Set(contenderIds);
    const { ranked } = rank(
      rankable
        .filter((candidate) => contenderSet.has(candidate.id))
        .map((candidate) => ({ ...candidate, openSlotStarts: (openSlots.get(candidate.id) ?? []).map((slot) => slot.startsAt) })),
    );
    const page = ranked.slice(offset, pageEnd);
    return {
      crisisResources: crisisFlagged ? CRISIS_RESOURCES.map((resource) => ({ ...resource })) : [],
      total: paging.total,
      totalIsCapped: paging.totalIsCapped,
      items: page.map((match) => ({
        therapist: toTherapistProfileModel(byId.get(match.id)!.profile, byId.get(match.id)!.licenses, { includePrivate: false }),
        score: match.score,
        reasons: match.reasons,
        caveats: match.caveats,
        nextSlots: slotsToShow(openSlots.get(match.id) ?? [], preferences),
      })),
      // Who could be shown at all, not only the page: "no woman therapist fits" must be true of everyone.
      notices: provisional.notices,
      emptyBecause: provisional.ranked.length === 0 ? await this.emptyBecause(ask, { fromIntake: input.useMyIntake, today: clientToday }) : [],
      facets,
      nextCursor: paging.nextOffset === null ? null : encodeCursor(paging.nextOffset),
      engine: this.engine.name,
    };
  }

  /** Engine candidates the therapists and licensing modules say may be shown, as the ranking's input (no open times yet). */
  private async rankableFor(query: SearchQuery, excludeTherapistIds: readonly string[] = []) {
    const candidates = await this.engine.candidates(query, CANDIDATE_LIMIT);
    // The engine's filters are a fast first pass; the therapists and licensing modules decide who may be shown.
    // A rematch leaves out the therapists the client asked to leave.
    const excluded = new Set(excludeTherapistIds);
    const visible = (await this.therapists.findVisible(candidates.map((candidate) => candidate.id))).filter((found) => !excluded.has(found.profile.id));
    const byId = new Map<string, ProfileWithLicenses>(visible.map((found) => [found.profile.id, found]));
    const alliances = await this.alliance.allianceFor([...byId.keys()]);
    const rankable: TherapistCandidate[] = candidates.flatMap(({ id, textRelevance }) => {
      const found = byId.get(id);
      return found ? [toCandidate(found.profile, found.licenses, textRelevance, alliances.get(id) ?? null)] : [];
    });
    return { rankable, byId, truncated: candidates.length >= CANDIDATE_LIMIT };
  }

  /**
   * Nobody passed the filters: for each filter the search uses, how many would be shown
   * with only that one set aside. Runs only for an empty result: one count per filter, in
   * parallel; the engine applies every hard filter but office distance, so only a search
   * with a distance limit pays for the full candidates-and-ranking path.
   */
  private async emptyBecause(ask: SearchAsk, { fromIntake, today }: { fromIntake: boolean; today: string }): Promise<FilterRelaxationModel[]> {
    // Matching is for a first booking: a therapist not taking new clients is no way forward.
    const filters = activeFilters(ask).filter(({ filter }) => !(fromIntake && filter === SearchFilter.ACCEPTING_NEW_CLIENTS));
    const counted = await Promise.all(
      filters.map(async ({ filter, label }) => {
        const relaxed = relaxFilter(ask, filter);
        const engineCount = await this.engine.count(relaxed.query);
        if (engineCount === 0 || relaxed.preferences.location === null) return { filter, label, count: engineCount };
        const { rankable } = await this.rankableFor(relaxed.query);
        return { filter, label, count: rankTherapists({ candidates: rankable, preferences: relaxed.preferences, today, fairnessSeed: today }).ranked.length };
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

/**
 * The first few open times, those on the client's preferred days and times first, so an
 * availability reason ("fits your evenings") sits beside evening times. When none fit, the
 * next times at all (the card's caveat says none fit).
 */
function slotsToShow(slots: SlotModel[], preferences: MatchPreferences): SlotModel[] {
  const fitting = slots.filter((slot) => fitsPreferredTimes(slot.startsAt, preferences));
  return (fitting.length > 0 ? fitting : slots).slice(0, NEXT_SLOTS_SHOWN);
}

function toCandidate(profile: TherapistProfile, licenses: LicenseSummaryModel[], textRelevance: number, alliance: TherapistCandidate['alliance']): TherapistCandidate {
  return {
    id: profile.id,
    licensedJurisdictions: [...new Set(licenses.map((license) => license.jurisdiction))],
    profileActive: profile.status === 'ACTIVE',
    acceptsNewClients: profile.acceptsNewClients,
    formats: profile.formats,
    office: profile.officeLatitude !== null && profile.officeLongitude !== null ? { latitude: profile.officeLatitude, longitude: profile.officeLongitude } : null,
    languages: profile.languages,
    ageGroups: profile.ageGroups,
    gender: profile.gender,
    communities: profile.communities,
    specialtyConcerns: profile.specialtyConcerns,
    treatedConcerns: profile.treatedConcerns,
    modalities: profile.modalities,
    feeMinor: profile.feeMinor,
    slidingScale:
      profile.slidingScaleMinMinor !== null && profile.slidingScaleMaxMinor !== null
        ? { minMinor: profile.slidingScaleMinMinor, maxMinor: profile.slidingScaleMaxMinor }
        : null,
    insuranceAccepted: profile.insuranceAccepted,
    textRelevance,
    openSlotStarts: [],
    // Clients' session ratings (alliance module), each client counted once; null before anyone rated.
    alliance,
  };
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
