import { evidenceFor } from '@rapport/taxonomy';
import { sharedStrings } from '../shared-strings';
import { availabilityValueOf, windowKeyOf, windowPresence } from './availability-fit';
import { clampUnit, CONCERN_LEVEL_CREDIT, concernsByPriority, distinct, EVIDENCE_STRENGTH_CREDIT } from './fit-components';
import { MATCH_WEIGHTS } from './match-weights';
import type { ExclusionCode, MatchPreferences, RankResult, TherapistCandidate } from './matching.types';
import { allianceValue, DEFAULT_ALLIANCE_MEAN } from './preference-components';
import { assertValidContext, RankedLazily, roundScore, type ScoreContext } from './rank-therapists';
import { noticesFor } from './stated-preferences';
import { tieBreakHasher } from './tie-break';

// A ranking record: what rankTherapists reads of a candidate to filter and score it, as numbers
// on one object (each list of codes a 64-bit mask in two halves), so ranking 400 kept
// candidates reads 400 small objects where it read some fifteen objects and arrays apiece.

/** Bits of one kind of code (concerns, states, languages…), given as codes are first seen; 64 at most. */
class CodeBits {
  private readonly bits = new Map<string, number>();

  /** The code's bit, given now if it has none; -1 once all 64 are given. */
  bitOf(code: string): number {
    const bit = this.bits.get(code);
    if (bit !== undefined) return bit;
    if (this.bits.size >= 64) return -1;
    this.bits.set(code, this.bits.size);
    return this.bits.size - 1;
  }

  /** The code's bit, -1 when no record holds it (so it matches none). */
  peek(code: string): number {
    return this.bits.get(code) ?? -1;
  }
}

const BITS = {
  jurisdiction: new CodeBits(),
  format: new CodeBits(),
  language: new CodeBits(),
  ageGroup: new CodeBits(),
  concern: new CodeBits(),
  modality: new CodeBits(),
  community: new CodeBits(),
};

/** A set of codes as two 32-bit halves; null when one has no bit left (the record cannot be made). */
function maskOf(bits: CodeBits, codes: readonly string[]): [number, number] | null {
  let [lo, hi] = [0, 0];
  for (const code of codes) {
    const bit = bits.bitOf(code);
    if (bit < 0) return null;
    if (bit < 32) lo |= 1 << bit;
    else hi |= 1 << (bit - 32);
  }
  return [lo, hi];
}

/** Whether halves hold the bit (peek's; -1 holds nothing). */
const holds = (lo: number, hi: number, bit: number) => bit >= 0 && (bit < 32 ? (lo & (1 << bit)) !== 0 : (hi & (1 << (bit - 32))) !== 0);

/** A candidate's facts as rankRecords reads them (see rankingRecordOf). Its window presence is kept on it, per window. */
export interface RankingRecord {
  readonly id: string;
  readonly profileActive: boolean;
  readonly acceptsNewClients: boolean;
  readonly jurisdictionsLo: number;
  readonly jurisdictionsHi: number;
  readonly formatsLo: number;
  readonly formatsHi: number;
  readonly languagesLo: number;
  readonly languagesHi: number;
  readonly ageGroupsLo: number;
  readonly ageGroupsHi: number;
  readonly specialtyLo: number;
  readonly specialtyHi: number;
  readonly treatedLo: number;
  readonly treatedHi: number;
  readonly modalitiesLo: number;
  readonly modalitiesHi: number;
  readonly communitiesLo: number;
  readonly communitiesHi: number;
  readonly gender: TherapistCandidate['gender'];
  readonly feeMinor: number | null;
  /** NaN without a sliding scale. */
  readonly slidingScaleMinMinor: number;
  readonly hasSlidingScale: boolean;
  readonly alliance: TherapistCandidate['alliance'];
  /** The alliance's value at the default population mean. */
  readonly allianceAtDefault: number;
  readonly openSlotStartsMs: readonly number[];
  /** The open times' presence in the window last asked (windowKeyOf's key), and that key. */
  windowKey: string | null;
  inWindow: number;
  present: number;
  /** The tie-break hash of the fairness seed last asked (seedOf's string) and the id. */
  tieSeed: string | null;
  tieBreak: number;
}

/**
 * A candidate's ranking record (its text relevance is the search's, given to rankRecords), or null
 * when one of its codes finds no bit (more than 64 of a kind seen): rank such a set with rankTherapists.
 */
export function rankingRecordOf(candidate: Omit<TherapistCandidate, 'textRelevance'>): RankingRecord | null {
  const masks = [
    maskOf(BITS.jurisdiction, candidate.licensedJurisdictions),
    maskOf(BITS.format, candidate.formats),
    maskOf(BITS.language, candidate.languages),
    maskOf(BITS.ageGroup, candidate.ageGroups),
    maskOf(BITS.concern, candidate.specialtyConcerns),
    maskOf(BITS.concern, candidate.treatedConcerns),
    maskOf(BITS.modality, candidate.modalities),
    maskOf(BITS.community, candidate.communities),
  ];
  if (masks.some((mask) => mask === null)) return null;
  const [jurisdictions, formats, languages, ageGroups, specialty, treated, modalities, communities] = masks as [number, number][];
  return {
    id: candidate.id,
    profileActive: candidate.profileActive,
    acceptsNewClients: candidate.acceptsNewClients,
    jurisdictionsLo: jurisdictions[0],
    jurisdictionsHi: jurisdictions[1],
    formatsLo: formats[0],
    formatsHi: formats[1],
    languagesLo: languages[0],
    languagesHi: languages[1],
    ageGroupsLo: ageGroups[0],
    ageGroupsHi: ageGroups[1],
    specialtyLo: specialty[0],
    specialtyHi: specialty[1],
    treatedLo: treated[0],
    treatedHi: treated[1],
    modalitiesLo: modalities[0],
    modalitiesHi: modalities[1],
    communitiesLo: communities[0],
    communitiesHi: communities[1],
    gender: candidate.gender,
    feeMinor: candidate.feeMinor,
    slidingScaleMinMinor: candidate.slidingScale?.minMinor ?? Number.NaN,
    hasSlidingScale: candidate.slidingScale !== null,
    alliance: candidate.alliance,
    allianceAtDefault: allianceValue(candidate.alliance, DEFAULT_ALLIANCE_MEAN),
    openSlotStartsMs: candidate.openSlotStartsMs,
    windowKey: null,
    inWindow: 0,
    present: 0,
    tieSeed: null,
    tieBreak: 0,
  };
}

/**
 * One string per fairness seed (a client's day: `${today}:${clientId}`, every anonymous visitor's
 * the same), so a record compares the seed it keeps its tie-break for by reference: hashing 400
 * ids a search was a fiftieth of a computed search's API CPU. Up to 10,000 seeds at once.
 */
const seedOf = sharedStrings(10_000);

/** tieBreakHash of the seed and the record's id, kept on the record for its seed. */
function tieBreakOf(record: RankingRecord, seed: string, hash: (id: string) => number): number {
  if (record.tieSeed !== seed) {
    record.tieBreak = hash(record.id);
    record.tieSeed = seed;
  }
  return record.tieBreak;
}

/** What a search asks, as bits and lists rankRecords tests every record against. */
interface Asked {
  jurisdiction: number;
  format: number;
  languages: number[];
  ageGroup: number;
  /** Concerns by priority: each one's bit and priority. */
  concerns: { bit: number; priority: number }[];
  /** Stated modalities (distinct), their bits; null to score by evidence. */
  modalities: number[] | null;
  /** Per concern with evidence links, by priority: its priority and its links' modality bits and credits, strongest first. */
  evidence: { priority: number; links: { bit: number; credit: number }[] }[];
  communities: number[];
  genders: readonly string[];
}

function askedOf(preferences: MatchPreferences): Asked {
  const peekAll = (bits: CodeBits, codes: readonly string[]) => codes.map((code) => bits.peek(code));
  const byPriority = concernsByPriority(preferences.concerns);
  return {
    jurisdiction: BITS.jurisdiction.peek(preferences.jurisdiction),
    format: preferences.format === 'ANY' ? -1 : BITS.format.peek(preferences.format),
    languages: peekAll(BITS.language, preferences.languages),
    ageGroup: preferences.ageGroup === null ? -1 : BITS.ageGroup.peek(preferences.ageGroup),
    concerns: byPriority.map(({ code, priority }) => ({ bit: BITS.concern.peek(code), priority })),
    modalities: preferences.preferredModalities.length > 0 ? peekAll(BITS.modality, distinct(preferences.preferredModalities)) : null,
    evidence: byPriority.flatMap(({ code, priority }) => {
      const links = evidenceFor(code);
      return links.length === 0 ? [] : [{ priority, links: links.map((link) => ({ bit: BITS.modality.peek(link.modality), credit: priority * EVIDENCE_STRENGTH_CREDIT[link.strength] })) }];
    }),
    communities: peekAll(BITS.community, distinct(preferences.communities)),
    genders: preferences.genderPreference,
  };
}

const holdsAny = (lo: number, hi: number, bits: readonly number[]) => bits.some((bit) => holds(lo, hi, bit));

/** exclusionFor, read from a record (no insurance, no office location: rankRecords leaves those to rankTherapists). */
function exclusionOf(record: RankingRecord, preferences: MatchPreferences, asked: Asked): ExclusionCode | null {
  if (!record.profileActive) return 'PROFILE_INACTIVE';
  if (!holds(record.jurisdictionsLo, record.jurisdictionsHi, asked.jurisdiction)) return 'NOT_LICENSED_IN_JURISDICTION';
  if (preferences.isFirstBooking && !record.acceptsNewClients) return 'NOT_ACCEPTING_NEW_CLIENTS';
  if (preferences.format !== 'ANY' && !holds(record.formatsLo, record.formatsHi, asked.format)) return 'FORMAT_NOT_OFFERED';
  if (preferences.ageGroup !== null && (record.ageGroupsLo | record.ageGroupsHi) !== 0 && !holds(record.ageGroupsLo, record.ageGroupsHi, asked.ageGroup)) {
    return 'AGE_GROUP_NOT_SERVED';
  }
  if (asked.languages.length > 0 && !holdsAny(record.languagesLo, record.languagesHi, asked.languages)) return 'NO_SHARED_LANGUAGE';
  if (preferences.needsSlidingScale && !record.hasSlidingScale) return 'NO_SLIDING_SCALE';
  const budget = preferences.budgetMaxMinor;
  if (budget !== null && !((record.feeMinor !== null && record.feeMinor <= budget) || (record.hasSlidingScale && record.slidingScaleMinMinor <= budget))) {
    return 'OVER_BUDGET';
  }
  return null;
}

/** The share of `asked` (bits of distinct codes) the halves hold, 0 for none: sharedWith's share. */
function shareOf(lo: number, hi: number, asked: readonly number[]): number {
  let count = 0;
  for (const bit of asked) if (holds(lo, hi, bit)) count += 1;
  return count === 0 ? 0 : count / asked.length;
}

/** concernFit's value. */
function concernValue(record: RankingRecord, asked: Asked): number {
  let earned = 0;
  let possible = 0;
  for (const { bit, priority } of asked.concerns) {
    possible += priority;
    if (holds(record.specialtyLo, record.specialtyHi, bit)) earned += priority * CONCERN_LEVEL_CREDIT.SPECIALTY;
    else if (holds(record.treatedLo, record.treatedHi, bit)) earned += priority * CONCERN_LEVEL_CREDIT.TREATS;
  }
  return possible <= 0 || earned <= 0 ? 0 : clampUnit(earned / possible);
}

/** modalityFit's value. */
function modalityValue(record: RankingRecord, asked: Asked): number {
  if (asked.modalities !== null) return shareOf(record.modalitiesLo, record.modalitiesHi, asked.modalities);
  let earned = 0;
  let possible = 0;
  let found = false;
  for (const { priority, links } of asked.evidence) {
    possible += priority;
    const link = links.find(({ bit }) => holds(record.modalitiesLo, record.modalitiesHi, bit));
    if (link === undefined) continue;
    earned += link.credit;
    found = true;
  }
  return possible <= 0 || !found ? 0 : clampUnit(earned / possible);
}

/** priceFit's value. */
function priceValue(record: RankingRecord, preferences: MatchPreferences): number {
  const { budgetMaxMinor: budget, needsSlidingScale } = preferences;
  const fee = record.feeMinor;
  const scale = record.hasSlidingScale;
  const feeOverBudget = fee === null || (budget !== null && fee > budget);
  const viaScale = scale && (feeOverBudget || (needsSlidingScale && record.slidingScaleMinMinor <= (fee ?? Number.POSITIVE_INFINITY)));
  const price = viaScale ? record.slidingScaleMinMinor : fee;
  if (budget === null) return needsSlidingScale && scale ? 1 : 0;
  if (price === null || price > budget) return 0;
  return budget <= 0 ? 1 : clampUnit(1 - (0.5 * price) / budget);
}

/** availabilityFit's value, the record's presence in the window kept on it. */
function availabilityValue(record: RankingRecord, preferences: MatchPreferences, windowKey: string, today: string): number {
  if (record.windowKey !== windowKey) {
    const presence = windowPresence(record.openSlotStartsMs, preferences.timeZone, today);
    record.windowKey = presence.key;
    record.inWindow = presence.inWindow;
    record.present = presence.present;
  }
  return availabilityValueOf(record, preferences);
}

/** scoreOf's sum, component by component in SCORED_REASON_CODES' order: the same number. */
function scoreOfRecord(record: RankingRecord, textRelevance: number, context: ScoreContext, asked: Asked, windowKey: string): number {
  const { preferences } = context;
  const gender = record.gender !== null && asked.genders.includes(record.gender) ? 1 : 0;
  const text = preferences.hasQuery ? clampUnit(textRelevance) : 0;
  const alliance = context.allianceMean === undefined ? record.allianceAtDefault : allianceValue(record.alliance, context.allianceMean);
  let total = 0;
  total += clampUnit(concernValue(record, asked)) * MATCH_WEIGHTS.CONCERN_FIT;
  total += clampUnit(modalityValue(record, asked)) * MATCH_WEIGHTS.MODALITY_FIT;
  total += clampUnit(availabilityValue(record, preferences, windowKey, context.today)) * MATCH_WEIGHTS.AVAILABILITY_FIT;
  total += clampUnit(priceValue(record, preferences)) * MATCH_WEIGHTS.PRICE_FIT;
  total += clampUnit(gender) * MATCH_WEIGHTS.GENDER_PREFERENCE;
  total += clampUnit(shareOf(record.communitiesLo, record.communitiesHi, asked.communities)) * MATCH_WEIGHTS.COMMUNITY;
  total += clampUnit(text > 0 ? text : 0) * MATCH_WEIGHTS.TEXT_RELEVANCE;
  total += clampUnit(alliance) * MATCH_WEIGHTS.ALLIANCE;
  return roundScore(total);
}

export interface RankRecordsInput {
  /** In the engine's order; null for a candidate without a record. */
  records: readonly (RankingRecord | null)[];
  /** Each record's text relevance, by position (0..1 from the engine). */
  textRelevance: (index: number) => number;
  /** The candidate at a position, made only for a therapist whose reasons are read (a page's). */
  candidateAt: (index: number) => TherapistCandidate;
  preferences: MatchPreferences;
  today: string;
  fairnessSeed: string;
  allianceMean?: number;
}

/**
 * rankTherapists' answer, read from ranking records: the same order, scores, exclusions, notices,
 * and (worded from candidateAt when first read) reasons and caveats. Null when the records cannot
 * answer: a candidate without one, or preferences that need what records leave out (an insurance
 * plan, an office within a distance): then rank the candidates with rankTherapists.
 */
export function rankRecords(input: RankRecordsInput): RankResult | null {
  const { preferences } = input;
  if (preferences.location !== null || (preferences.insurance !== null && preferences.insurance.trim() !== '')) return null;
  if (input.records.some((record) => record === null)) return null;
  const context: ScoreContext = { preferences, today: input.today, allianceMean: input.allianceMean };
  assertValidContext(context);
  const asked = askedOf(preferences);
  const windowKey = windowKeyOf(preferences.timeZone, input.today);
  const seed = seedOf(input.fairnessSeed);
  const hash = tieBreakHasher(seed);
  const excluded: RankResult['excluded'] = [];
  const ranked: RankedLazily[] = [];
  const askedModalities = asked.modalities ?? [];
  const met = { gender: asked.genders.length === 0, modality: askedModalities.length === 0, community: asked.communities.length === 0 };
  (input.records as readonly RankingRecord[]).forEach((record, position) => {
    const reason = exclusionOf(record, preferences, asked);
    if (reason !== null) {
      excluded.push({ id: record.id, reason });
      return;
    }
    met.gender ||= record.gender !== null && asked.genders.includes(record.gender);
    met.modality ||= holdsAny(record.modalitiesLo, record.modalitiesHi, askedModalities);
    met.community ||= holdsAny(record.communitiesLo, record.communitiesHi, asked.communities);
    const score = scoreOfRecord(record, input.textRelevance(position), context, asked, windowKey);
    ranked.push(new RankedLazily(record.id, score, () => input.candidateAt(position), context, tieBreakOf(record, seed, hash), position));
  });
  ranked.sort(RankedLazily.order);
  return { ranked, excluded, notices: ranked.length === 0 ? [] : noticesFor(preferences, met) };
}
