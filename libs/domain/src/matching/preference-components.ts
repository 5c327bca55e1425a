import { clampUnit, distinct, NO_CONTRIBUTION, sharedWith } from './fit-components';
import type { ComponentScore, MatchPreferences, TherapistCandidate, TherapistGender } from './matching.types';
import { communityLabel, formatDollars, plural } from './reason-text';

/**
 * A price at the budget earns half credit and a free session full credit, so being
 * within budget always counts and cheaper counts more. The client pays the bottom of
 * the sliding scale when they need one, or when the fee itself is over budget. The
 * text always names the fee, so "$195" on the card never looks like it ignored a $150 budget.
 * Its words stay within Latin-1, as every reason's: one character past it (an em dash, here until
 * 6 December 2026) makes V8 hold the whole JSON answer two bytes a character, 218 KB for a page of 50
 * rather than 109, and writing that answer cost the API more than building it (bench/search/README.md,
 * the fiftieth run).
 */
export function priceFit(candidate: TherapistCandidate, preferences: MatchPreferences, words = true): ComponentScore {
  const { budgetMaxMinor: budget, needsSlidingScale } = preferences;
  const scale = candidate.slidingScale;
  const feeOverBudget = candidate.feeMinor === null || (budget !== null && candidate.feeMinor > budget);
  // A client who needs the scale pays its bottom, unless (oddly) the fee is lower still.
  const viaScale = scale !== null && (feeOverBudget || (needsSlidingScale && scale.minMinor <= (candidate.feeMinor ?? Number.POSITIVE_INFINITY)));
  const price = viaScale ? scale.minMinor : candidate.feeMinor;
  // The scale is named when the client pays through it or asked for one; words only when `words`.
  const scaleText = scale !== null && (viaScale || needsSlidingScale) ? (words ? scaleWords(candidate.feeMinor, scale.minMinor) : '') : null;
  if (budget === null) {
    if (!(needsSlidingScale && scaleText !== null)) return NO_CONTRIBUTION;
    return { value: 1, text: words ? `${scaleText}, as you asked` : null };
  }
  if (price === null || price > budget) return NO_CONTRIBUTION;
  const value = budget <= 0 ? 1 : clampUnit(1 - (0.5 * price) / budget);
  return { value, text: words ? `${scaleText ?? `${formatDollars(price)} a session`}, within your budget` : null };
}

/** '$150, sliding scale from $80', or 'Sliding scale from $80' without a fee. */
function scaleWords(feeMinor: number | null, scaleMinMinor: number): string {
  return feeMinor === null ? `Sliding scale from ${formatDollars(scaleMinMinor)}` : `${formatDollars(feeMinor)}, sliding scale from ${formatDollars(scaleMinMinor)}`;
}

const GENDER_TEXT: Record<TherapistGender, string> = {
  WOMAN: 'A woman, as you preferred',
  MAN: 'A man, as you preferred',
  NON_BINARY: 'Non-binary, as you preferred',
};

export function genderFit(candidate: TherapistCandidate, preferences: MatchPreferences): ComponentScore {
  const { gender } = candidate;
  if (gender === null || !preferences.genderPreference.includes(gender)) return NO_CONTRIBUTION;
  return { value: 1, text: GENDER_TEXT[gender] };
}

/** The share of the communities the client named that the therapist affirms. */
export function communityFit(candidate: TherapistCandidate, preferences: MatchPreferences, words = true): ComponentScore {
  const shared = sharedWith(distinct(preferences.communities), candidate.communities, words);
  if (shared === null) return NO_CONTRIBUTION;
  return { value: shared.share, text: shared.shared ? shared.shared.map(communityLabel).join('; ') : null };
}

export function textRelevanceFit(candidate: TherapistCandidate, preferences: MatchPreferences): ComponentScore {
  if (!preferences.hasQuery) return NO_CONTRIBUTION;
  const value = clampUnit(candidate.textRelevance);
  return value > 0 ? { value, text: 'Their profile matches what you searched for' } : NO_CONTRIBUTION;
}

/** How many ratings at the population mean the prior counts as. */
export const ALLIANCE_PRIOR_WEIGHT = 5;
export const DEFAULT_ALLIANCE_MEAN = 4;

const clampRating = (rating: number) => Math.min(5, Math.max(1, rating));
/** 1–5 → 0–1. */
const ratingToUnit = (rating: number) => (clampRating(rating) - 1) / 4;

/** (C·m + Σ ratings) / (C + n): few ratings stay near the population mean m, many speak for themselves. */
export function shrunkAllianceRating(alliance: TherapistCandidate['alliance'], populationMean: number): number {
  const mean = clampRating(populationMean);
  const count = alliance === null || !(alliance.count > 0) ? 0 : Math.floor(alliance.count);
  if (count === 0 || alliance === null) return mean;
  return (ALLIANCE_PRIOR_WEIGHT * mean + clampRating(alliance.mean) * count) / (ALLIANCE_PRIOR_WEIGHT + count);
}

/** allianceFit's value. */
export function allianceValue(alliance: TherapistCandidate['alliance'], populationMean: number): number {
  return ratingToUnit(shrunkAllianceRating(alliance, populationMean));
}

/**
 * An unrated therapist scores the population mean, so being new neither helps nor
 * hurts against rated colleagues; it is not shown as a reason (nothing to report).
 */
export function allianceFit(candidate: TherapistCandidate, populationMean: number, words = true): ComponentScore {
  const value = allianceValue(candidate.alliance, populationMean);
  const { alliance } = candidate;
  if (!words || alliance === null || !(alliance.count >= 1)) return { value, text: null };
  const count = Math.floor(alliance.count);
  const text = `Past clients rate how sessions feel ${clampRating(alliance.mean).toFixed(1)} out of 5 (${count} ${plural(count, 'rating')})`;
  return { value, text };
}
