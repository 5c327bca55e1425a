// Builders for the matching specs: a candidate and preferences that pass every
// hard filter and score nothing, so each test states only what it is about.
import { localDateTimeToInstant, parseLocalTime } from '../time';
import type { MatchPreferences, RankedTherapist, RankInput, RankResult, TherapistCandidate } from './matching.types';
import { rankTherapists } from './rank-therapists';

/** A Monday, six days before New York moves its clocks forward. */
export const TODAY = '2026-03-02';
export const CLIENT_ZONE = 'America/New_York';
export const MANHATTAN = { latitude: 40.7128, longitude: -74.006 };
export const BROOKLYN = { latitude: 40.6782, longitude: -73.9442 };

export function candidate(overrides: Partial<TherapistCandidate> = {}): TherapistCandidate {
  return {
    id: 'therapist-1',
    licensedJurisdictions: ['NY'],
    profileActive: true,
    acceptsNewClients: true,
    formats: ['VIDEO', 'IN_PERSON'],
    office: BROOKLYN,
    languages: ['en'],
    ageGroups: [],
    gender: null,
    communities: [],
    specialtyConcerns: [],
    treatedConcerns: [],
    modalities: [],
    feeMinor: 150_00,
    slidingScale: null,
    insuranceAccepted: [],
    textRelevance: 0,
    openSlotStartsMs: [],
    alliance: null,
    ...overrides,
  };
}

export function preferences(overrides: Partial<MatchPreferences> = {}): MatchPreferences {
  return {
    concerns: [],
    preferredModalities: [],
    jurisdiction: 'NY',
    format: 'ANY',
    location: null,
    budgetMaxMinor: null,
    needsSlidingScale: false,
    insurance: null,
    languages: [],
    genderPreference: [],
    communities: [],
    ageGroup: null,
    preferredTimes: { weekdays: [], dayParts: [] },
    timeZone: CLIENT_ZONE,
    hasQuery: false,
    isFirstBooking: true,
    ...overrides,
  };
}

export function rank(candidates: TherapistCandidate[], preferenceOverrides: Partial<MatchPreferences> = {}, input: Partial<RankInput> = {}): RankResult {
  return rankTherapists({ candidates, preferences: preferences(preferenceOverrides), today: TODAY, fairnessSeed: `${TODAY}:client-1`, ...input });
}

/**
 * What a reader sees of ranked therapists, as plain objects: their reasons and caveats are worded
 * when first read (getters), so a whole-object comparison compares them through this.
 */
export function asRead(ranked: readonly RankedTherapist[]): RankedTherapist[] {
  return ranked.map(({ id, score, reasons, caveats }) => ({ id, score, reasons, caveats }));
}

/** The instant a wall time names in a zone: at('2026-03-03', '09:00'). */
export function at(localDate: string, localTime: string, zone = CLIENT_ZONE): Date {
  return localDateTimeToInstant(localDate, parseLocalTime(localTime), zone).instant;
}
