import { isValidLocalDate, isValidTimeZone } from '../time';
import { availabilityFit } from './availability-fit';
import { clampUnit, concernFit, modalityFit } from './fit-components';
import { exclusionFor } from './hard-filters';
import { MATCH_WEIGHTS } from './match-weights';
import {
  MATCH_REASON_CODES,
  SCORED_REASON_CODES,
  type ComponentScore,
  type MatchCaveat,
  type MatchPreferences,
  type MatchReason,
  type MatchReasonCode,
  type RankedTherapist,
  type RankInput,
  type RankResult,
  type ScoredReasonCode,
  type TherapistCandidate,
} from './matching.types';
import { allianceFit, communityFit, DEFAULT_ALLIANCE_MEAN, genderFit, priceFit, textRelevanceFit } from './preference-components';
import { preferenceNotices, statedFilterReasons, unmetPreferences } from './stated-preferences';
import { tieBreakHash } from './tie-break';

export interface ScoreContext {
  preferences: MatchPreferences;
  /** The client's local date, 'YYYY-MM-DD'. */
  today: string;
  /** Population mean alliance rating; default 4. */
  allianceMean?: number;
}

/** A component's value and, with `words`, its text (null without). */
type Component = (candidate: TherapistCandidate, context: ScoreContext, words: boolean) => ComponentScore;

const COMPONENTS: Record<ScoredReasonCode, Component> = {
  CONCERN_FIT: (candidate, { preferences }, words) => concernFit(candidate, preferences, words),
  MODALITY_FIT: (candidate, { preferences }, words) => modalityFit(candidate, preferences, words),
  AVAILABILITY_FIT: (candidate, { preferences, today }, words) => availabilityFit(candidate, preferences, today, words),
  PRICE_FIT: (candidate, { preferences }, words) => priceFit(candidate, preferences, words),
  GENDER_PREFERENCE: (candidate, { preferences }) => genderFit(candidate, preferences),
  COMMUNITY: (candidate, { preferences }, words) => communityFit(candidate, preferences, words),
  TEXT_RELEVANCE: (candidate, { preferences }) => textRelevanceFit(candidate, preferences),
  ALLIANCE: (candidate, { allianceMean }, words) => allianceFit(candidate, allianceMean ?? DEFAULT_ALLIANCE_MEAN, words),
};

export const roundScore = (value: number) => Math.round(value * 10_000) / 10_000;
const reasonOrder = (code: MatchReasonCode) => MATCH_REASON_CODES.indexOf(code);

export function assertValidContext({ preferences, today }: ScoreContext): void {
  if (!isValidLocalDate(today)) throw new RangeError(`Expected today as "YYYY-MM-DD", got ${JSON.stringify(today)}`);
  if (!isValidTimeZone(preferences.timeZone)) {
    throw new RangeError(`Expected the client's IANA time zone, got ${JSON.stringify(preferences.timeZone)}`);
  }
}

type Scored = Pick<RankedTherapist, 'score' | 'reasons' | 'caveats'>;

/** The score alone, from the components' values: what ordering needs, none of the words. */
function scoreOf(candidate: TherapistCandidate, context: ScoreContext): number {
  let total = 0;
  for (const code of SCORED_REASON_CODES) total += clampUnit(COMPONENTS[code](candidate, context, false).value) * MATCH_WEIGHTS[code];
  return roundScore(total);
}

function scoreValidated(candidate: TherapistCandidate, context: ScoreContext): Scored {
  let total = 0;
  const reasons: MatchReason[] = [];
  for (const code of SCORED_REASON_CODES) {
    const { value, text } = COMPONENTS[code](candidate, context, true);
    const contribution = clampUnit(value) * MATCH_WEIGHTS[code];
    total += contribution;
    const weight = roundScore(contribution);
    if (text !== null && weight > 0) reasons.push({ code, text, weight });
  }
  reasons.sort((a, b) => b.weight - a.weight || reasonOrder(a.code) - reasonOrder(b.code));
  reasons.push(...statedFilterReasons(candidate, context.preferences));
  return { score: roundScore(total), reasons, caveats: unmetPreferences(candidate, context.preferences, context.today) };
}

/**
 * A ranked therapist whose reasons and caveats are worded when first read, then kept: a ranking
 * orders 400 candidates and a page shows 10 to 50 of them, and wording every one took about a fifth
 * of the ranking's CPU (2.9 against 2.3 ms a search, bench/search/README.md). The same words as
 * scoring them at once would give.
 *
 * A class, its getters on the prototype: an object literal with getters made two closures, a
 * context and an object of its own shape per therapist, about 750 bytes against about 70, and a
 * search allocated 400 of them (bench/search/README.md, "What a computed search allocates").
 */
export class RankedLazily implements RankedTherapist {
  // Private fields: a ranked therapist's own properties are its id and score alone.
  readonly #context: ScoreContext;
  /** Orders ties (see rankTherapists): a hash of the fairness seed and id, then the engine's order. */
  readonly #tieBreak: number;
  readonly #position: number;
  /** The candidate, or how to make it (rankRecords: only a page's therapists are ever made). */
  #source: TherapistCandidate | (() => TherapistCandidate) | null;
  #worded: Scored | null = null;

  constructor(
    readonly id: string,
    readonly score: number,
    source: TherapistCandidate | (() => TherapistCandidate),
    context: ScoreContext,
    tieBreak: number,
    position: number,
  ) {
    this.#source = source;
    this.#context = context;
    this.#tieBreak = tieBreak;
    this.#position = position;
  }

  /** Best first: by score, then the tie-break hash, then id, then the engine's order. */
  static order(a: RankedLazily, b: RankedLazily): number {
    return b.score - a.score || a.#tieBreak - b.#tieBreak || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || a.#position - b.#position;
  }

  get reasons(): MatchReason[] {
    return this.#words().reasons;
  }

  get caveats(): MatchCaveat[] {
    return this.#words().caveats;
  }

  #words(): Scored {
    if (this.#worded === null) {
      const source = this.#source!;
      this.#worded = scoreValidated(typeof source === 'function' ? source() : source, this.#context);
      // Worded once: the candidate's facts are no longer needed.
      this.#source = null;
    }
    return this.#worded;
  }
}

/** One candidate's score and reasons, ignoring the hard filters (e.g. for a profile page). */
export function scoreCandidate(candidate: TherapistCandidate, context: ScoreContext): Scored {
  assertValidContext(context);
  return scoreValidated(candidate, context);
}

/**
 * Filters, scores and orders therapists for one client (DESIGN.md section 5). Pure and
 * deterministic: ties on the rounded score are ordered by a hash of fairnessSeed and id,
 * so across clients and days each tied therapist comes first about equally often.
 */
export function rankTherapists(input: RankInput): RankResult {
  const context: ScoreContext = { preferences: input.preferences, today: input.today, allianceMean: input.allianceMean };
  assertValidContext(context);
  const excluded: RankResult['excluded'] = [];
  const ranked: RankedLazily[] = [];
  const shown: TherapistCandidate[] = [];
  input.candidates.forEach((candidate, position) => {
    const reason = exclusionFor(candidate, input.preferences);
    if (reason !== null) {
      excluded.push({ id: candidate.id, reason });
      return;
    }
    shown.push(candidate);
    ranked.push(new RankedLazily(candidate.id, scoreOf(candidate, context), candidate, context, tieBreakHash(input.fairnessSeed, candidate.id), position));
  });
  ranked.sort(RankedLazily.order);
  return {
    ranked,
    excluded,
    notices: preferenceNotices(shown, input.preferences),
  };
}
