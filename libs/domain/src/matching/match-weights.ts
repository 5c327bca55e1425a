import type { ScoredReasonCode } from './matching.types';

/**
 * How much each part of the match counts. Each part scores 0–1 and is multiplied
 * by its weight; the weights add up to 1, so a score reads as a share of a perfect match.
 */
export const MATCH_WEIGHTS: Readonly<Record<ScoredReasonCode, number>> = {
  CONCERN_FIT: 0.3, // what the client came for: specialty over treats, by the client's priorities
  MODALITY_FIT: 0.15, // the therapy the client asked for, else evidence-based therapy for their concerns
  AVAILABILITY_FIT: 0.15, // open times in the client's preferred days and day parts over the next 14 days
  PRICE_FIT: 0.08, // cheaper relative to the client's budget, or the sliding scale they need
  GENDER_PREFERENCE: 0.08, // the therapist's gender is one the client prefers
  COMMUNITY: 0.06, // affirms the communities the client named
  TEXT_RELEVANCE: 0.1, // search-engine relevance of the profile to the client's free-text query
  ALLIANCE: 0.08, // past clients' alliance ratings, shrunk toward the population mean when few
};

/** The highest possible score. */
export const MAX_MATCH_SCORE = Object.values(MATCH_WEIGHTS).reduce((sum, weight) => sum + weight, 0);
