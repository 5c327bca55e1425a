// Inputs and outputs of rankTherapists. The API builds candidates from the
// database and the search engine; everything here is plain data.

export type SessionFormatCode = 'VIDEO' | 'IN_PERSON' | 'PHONE';
export type TherapistGender = 'WOMAN' | 'MAN' | 'NON_BINARY';
export type DayPart = 'MORNING' | 'AFTERNOON' | 'EVENING';

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

export interface TherapistCandidate {
  id: string;
  /** States of VERIFIED, unexpired licenses (the API checks too; filtered again here). */
  licensedJurisdictions: string[];
  profileActive: boolean;
  acceptsNewClients: boolean;
  formats: SessionFormatCode[];
  office: GeoPoint | null;
  languages: string[];
  /** Empty = not stated, which serves any age group. */
  ageGroups: string[];
  gender: TherapistGender | null;
  communities: string[];
  specialtyConcerns: string[];
  treatedConcerns: string[];
  modalities: string[];
  feeMinor: number | null;
  slidingScale: { minMinor: number; maxMinor: number } | null;
  insuranceAccepted: string[];
  /** 0..1 from the search engine for the free-text query; 0 when there is no query. */
  textRelevance: number;
  /**
   * Open slot starts as UTC instants in epoch milliseconds (Date.getTime()); only those on the
   * client's local dates today … today + 13 count. Numbers, not Dates: a search ranks 400
   * candidates of about 80 open times each, and a Date apiece was a fifth of its allocations.
   */
  openSlotStartsMs: readonly number[];
  /** Client-rated alliance on a 1–5 scale; null or count 0 when unrated. */
  alliance: { count: number; mean: number } | null;
}

export interface MatchPreferences {
  /** priority 3 = matters most. */
  concerns: { code: string; priority: 1 | 2 | 3 }[];
  /** Empty = "not sure": modality fit then follows the evidence for the client's concerns. */
  preferredModalities: string[];
  /** Where the client will be for sessions. */
  jurisdiction: string;
  format: SessionFormatCode | 'ANY';
  /** For in-person: the office must be within maxDistanceKm. */
  location: (GeoPoint & { maxDistanceKm: number }) | null;
  budgetMaxMinor: number | null;
  needsSlidingScale: boolean;
  /** A payer id from libs/taxonomy (PAYERS); matched against insuranceAccepted. */
  insurance: string | null;
  /** Must share at least one when non-empty. */
  languages: string[];
  /** Empty = no preference. Soft: scores, never filters. */
  genderPreference: TherapistGender[];
  /** Soft. */
  communities: string[];
  /** Hard when both the client and the therapist state one. */
  ageGroup: string | null;
  /** ISO weekdays (1 = Monday); MORNING 06–12, AFTERNOON 12–17, EVENING 17–22 local. Empty lists = any. */
  preferredTimes: { weekdays: number[]; dayParts: DayPart[] };
  /** The client's IANA zone, for the time preferences. */
  timeZone: string;
  hasQuery: boolean;
  /** acceptsNewClients is a hard filter only for a first booking. */
  isFirstBooking: boolean;
}

export interface RankInput {
  candidates: TherapistCandidate[];
  preferences: MatchPreferences;
  /** The client's local date, 'YYYY-MM-DD': the first day of the 14-day availability window. */
  today: string;
  /** e.g. `${today}:${clientId}`: the same client on the same day sees the same order of ties. */
  fairnessSeed: string;
  /** Population mean alliance rating, the prior for shrinkage; default 4. */
  allianceMean?: number;
}

export const EXCLUSION_CODES = [
  'PROFILE_INACTIVE',
  'NOT_LICENSED_IN_JURISDICTION',
  'NOT_ACCEPTING_NEW_CLIENTS',
  'FORMAT_NOT_OFFERED',
  'NO_OFFICE_LOCATION',
  'OFFICE_TOO_FAR',
  'AGE_GROUP_NOT_SERVED',
  'NO_SHARED_LANGUAGE',
  'NO_SLIDING_SCALE',
  'OVER_BUDGET',
  'INSURANCE_NOT_ACCEPTED',
] as const;
export type ExclusionCode = (typeof EXCLUSION_CODES)[number];

/** Reasons that add to the score, each with a weight in MATCH_WEIGHTS. */
export const SCORED_REASON_CODES = [
  'CONCERN_FIT',
  'MODALITY_FIT',
  'AVAILABILITY_FIT',
  'PRICE_FIT',
  'GENDER_PREFERENCE',
  'COMMUNITY',
  'TEXT_RELEVANCE',
  'ALLIANCE',
] as const;
export type ScoredReasonCode = (typeof SCORED_REASON_CODES)[number];

/**
 * Hard filters the client stated, confirmed on the card (weight 0: every shown
 * therapist passes them, so they cannot order anyone).
 */
export const STATED_FILTER_REASON_CODES = ['FORMAT', 'LANGUAGE', 'INSURANCE'] as const;
export type StatedFilterReasonCode = (typeof STATED_FILTER_REASON_CODES)[number];

export const MATCH_REASON_CODES = [...SCORED_REASON_CODES, ...STATED_FILTER_REASON_CODES] as const;
export type MatchReasonCode = (typeof MATCH_REASON_CODES)[number];

/** Soft preferences a shown therapist can miss; each miss is said on their card. */
export const CAVEAT_CODES = ['CONCERN_FIT', 'MODALITY_FIT', 'AVAILABILITY_FIT', 'GENDER_PREFERENCE', 'COMMUNITY', 'TEXT_RELEVANCE'] as const;
export type CaveatCode = (typeof CAVEAT_CODES)[number];

/** Where a therapist does not meet something the client asked for: 'Doesn't offer ERP, which you asked for'. */
export interface MatchCaveat {
  code: CaveatCode;
  text: string;
}

/** About the whole list: 'You asked for a woman: no woman therapist in New York fits your other choices, so these are the closest.' */
export interface MatchNotice {
  code: 'GENDER_PREFERENCE' | 'MODALITY_FIT' | 'COMMUNITY';
  text: string;
}

export interface MatchReason {
  code: MatchReasonCode;
  /** A sentence for the client: 'Specialises in OCD and anxiety'. */
  text: string;
  /** What this part added to the score (its share × its weight), 4 decimals. */
  weight: number;
}

export interface RankedTherapist {
  id: string;
  /** 0 … the sum of MATCH_WEIGHTS, 4 decimals. */
  score: number;
  /** Heaviest first; stated filters they pass (weight 0) last. */
  reasons: MatchReason[];
  /** Soft preferences they miss, in the order of CAVEAT_CODES. */
  caveats: MatchCaveat[];
}

export interface RankResult {
  ranked: RankedTherapist[];
  /** In input order, each with the first hard filter it failed. */
  excluded: { id: string; reason: ExclusionCode }[];
  /** Soft preferences no ranked therapist meets, so the client knows these are the closest. */
  notices: MatchNotice[];
}

/** One score part: `value` in [0, 1]; `text` null when it counts without being shown as a reason. */
export interface ComponentScore {
  value: number;
  text: string | null;
}
