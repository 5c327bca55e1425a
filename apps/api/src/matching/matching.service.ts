import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CRISIS_RESOURCES, localDateOf, MATCH_WEIGHTS, pageSearchResults, rankTherapists, TherapistCandidate, utcDateOf } from '@rapport/domain';
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
import { fromFilters, fromIntake } from './match-preferences';
import { TherapistSearchResultModel } from './models/search-result.model';
import { SearchEngine } from './search/search-engine.port';

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
    const { preferences, query, crisisFlagged, clientId } = await this.preferencesFor(input, viewer);
    const [candidates, total, facets] = await Promise.all([
      this.engine.candidates(query, CANDIDATE_LIMIT),
      this.engine.count(query),
      this.engine.facets(query),
    ]);
    // The engine's filters are a fast first pass; the therapists and licensing modules decide who may be shown.
    const excluded = new Set(options.excludeTherapistIds ?? []);
    const visible = (await this.therapists.findVisible(candidates.map((candidate) => candidate.id))).filter((found) => !excluded.has(found.profile.id));
    const byId = new Map<string, ProfileWithLicenses>(visible.map((found) => [found.profile.id, found]));
    const alliances = await this.alliance.allianceFor([...byId.keys()]);
    const rankable: TherapistCandidate[] = candidates.flatMap(({ id, textRelevance }) => {
      const found = byId.get(id);
      return found ? [toCandidate(found.profile, found.licenses, textRelevance, alliances.get(id) ?? null)] : [];
    });
    // The ranking counts days in the client's zone (its 14-day availability window starts on their today).
    const clientToday = localDateOf(this.clock.now(), preferences.timeZone);
    const rank = (list: TherapistCandidate[]) =>
      rankTherapists({ candidates: list, preferences, today: clientToday, fairnessSeed: `${clientToday}:${clientId ?? 'anonymous'}` }).ranked;

    // Open times are the costly part, so compute them only for therapists who could still reach
    // this page: availability adds at most its weight, so anyone whose score without it is more
    // than that weight below the page's last provisional score cannot get onto the page. Exact, not a heuristic.
    const provisional = rank(rankable);
    const paging = pageSearchResults({
      offset,
      first: input.first,
      rankedCount: provisional.length,
      engineTotal: total,
      candidatesTruncated: candidates.length >= CANDIDATE_LIMIT,
    });
    if (!paging.ok) throw cursorPastEnd();
    const { pageEnd } = paging;
    const cutoff = (provisional[Math.min(pageEnd, provisional.length) - 1]?.score ?? 0) - MATCH_WEIGHTS.AVAILABILITY_FIT - 1e-4; // slack for scores rounded to 4 places
    const contenderIds = provisional.filter((match) => match.score >= cutoff).map((match) => match.id);
    const openSlots = await this.slots.nextSlots(contenderIds, { count: Number.POSITIVE_INFINITY, timeZone: input.timeZone, withinDays: 14 });
    const contenderSet = new Set(contenderIds);
    const ranked = rank(
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
        nextSlots: (openSlots.get(match.id) ?? []).slice(0, NEXT_SLOTS_SHOWN),
      })),
      facets,
      nextCursor: paging.nextOffset === null ? null : encodeCursor(paging.nextOffset),
      engine: this.engine.name,
    };
  }

  private async preferencesFor(input: SearchTherapistsInput, viewer: User | null) {
    if (input.useMyIntake) {
      if (!viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Log in to match from your intake.');
      const intake = await this.intakes.findOwn(viewer);
      if (!intake) throw new AppError(ErrorCode.NOT_FOUND, 'Answer the intake first, then we can match you.');
      return { ...fromIntake(intake.answers, input), crisisFlagged: intake.screeners.phq9?.selfHarmItemPositive ?? false, clientId: viewer.id };
    }
    if (!input.jurisdiction) throw new InputError('jurisdiction', 'Choose the state you will be in for sessions.');
    return { ...fromFilters({ ...input, jurisdiction: input.jurisdiction }), crisisFlagged: false, clientId: viewer?.id ?? null };
  }
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
