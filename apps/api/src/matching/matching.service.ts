import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CRISIS_RESOURCES, localDateOf, MATCH_WEIGHTS, rankTherapists, TherapistCandidate, utcDateOf } from '@rapport/domain';
import { User } from '../auth/entities/user.entity';
import { Clock } from '../common/clock';
import { groupBy } from '../common/group-by';
import { AppError, ErrorCode, InputError } from '../common/errors/app-error';
import { SlotFinder } from '../availability/slot-finder.service';
import { IntakeService } from '../intake/intake.service';
import { License, LicenseStatus } from '../licensing/entities/license.entity';
import { TherapistProfile } from '../therapists/entities/therapist-profile.entity';
import { toTherapistProfileModel } from '../therapists/therapist-profile.mapper';
import { SearchTherapistsInput } from './dto/search-therapists.input';
import { fromFilters, fromIntake } from './match-preferences';
import { TherapistSearchResultModel } from './models/search-result.model';
import { SearchEngine } from './search/search-engine.port';

/** How many engine candidates the ranking sees; the engine pre-orders by concern coverage. */
const CANDIDATE_LIMIT = 400;
const NEXT_SLOTS_SHOWN = 3;

@Injectable()
export class MatchingService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly engine: SearchEngine,
    private readonly slots: SlotFinder,
    private readonly intakes: IntakeService,
  ) {}

  /**
   * Candidates from the engine, facts from the database, open times from the
   * slot engine, order from the pure ranking. The number of SQL statements is
   * the same for any page size.
   */
  async search(input: SearchTherapistsInput, viewer: User | null): Promise<TherapistSearchResultModel> {
    const { preferences, query, crisisFlagged, clientId } = await this.preferencesFor(input, viewer);
    const [candidates, total, facets] = await Promise.all([
      this.engine.candidates(query, CANDIDATE_LIMIT),
      this.engine.count(query),
      this.engine.facets(query),
    ]);
    const ids = candidates.map((candidate) => candidate.id);
    const [profiles, licenses] = await Promise.all([
      ids.length ? this.em.find(TherapistProfile, { id: { $in: ids } }) : Promise.resolve([]),
      ids.length ? this.em.find(License, { therapist: { $in: ids }, status: LicenseStatus.VERIFIED }) : Promise.resolve([]),
    ]);
    const today = utcDateOf(this.clock.now());
    const profileById = new Map(profiles.map((profile) => [profile.id, profile]));
    const licensesByTherapist = groupBy(licenses.filter((license) => license.expiresOn >= today), (license) => license.therapist.id);
    const rankable: TherapistCandidate[] = candidates.flatMap(({ id, textRelevance }) => {
      const profile = profileById.get(id);
      return profile ? [toCandidate(profile, licensesByTherapist.get(id) ?? [], textRelevance)] : [];
    });
    // The ranking counts days in the client's zone (its 14-day availability window starts on their today).
    const clientToday = localDateOf(this.clock.now(), preferences.timeZone);
    const rank = (list: TherapistCandidate[]) =>
      rankTherapists({ candidates: list, preferences, today: clientToday, fairnessSeed: `${clientToday}:${clientId ?? 'anonymous'}` }).ranked;

    // Open times are the costly part, so compute them only for therapists who could still reach
    // this page: availability adds at most its weight, so anyone whose score without it is more
    // than that weight below the page's last provisional score cannot get onto the page. Exact, not a heuristic.
    const offset = decodeCursor(input.after);
    const provisional = rank(rankable);
    const pageEnd = offset + input.first;
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
      total,
      items: page.map((match) => ({
        therapist: toTherapistProfileModel(profileById.get(match.id)!, licensesByTherapist.get(match.id) ?? [], { includePrivate: false, today }),
        score: match.score,
        reasons: match.reasons,
        nextSlots: (openSlots.get(match.id) ?? []).slice(0, NEXT_SLOTS_SHOWN),
      })),
      facets,
      nextCursor: pageEnd < provisional.length ? encodeCursor(pageEnd) : null,
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

function toCandidate(profile: TherapistProfile, licenses: License[], textRelevance: number): TherapistCandidate {
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
    // Alliance ratings arrive with bookings; until then no therapist has any.
    alliance: null,
  };
}

function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64url');
}

function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  try {
    const { offset } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { offset: unknown };
    if (Number.isSafeInteger(offset) && (offset as number) >= 0) return offset as number;
  } catch {
    // fall through
  }
  throw new InputError('after', 'This page cursor is not valid; start from the first page.');
}
