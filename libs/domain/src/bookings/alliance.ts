/**
 * How a session felt, asked after each of the first sessions with a therapist:
 * four items rated 0–10, modelled on the Session Rating Scale (SRS; Duncan,
 * Miller et al., 2003, J. Brief Therapy 3(1)). The wording is ours, not the
 * SRS's, and Rapport's version is not itself validated: the thresholds below are
 * the SRS's published ones, used as a guide for offering help, never a diagnosis.
 */
import type { TherapistCandidate } from '../matching';
import type { BookingProblem } from './bookings.types';

export const ALLIANCE_ITEMS = ['relationship', 'goalsAndTopics', 'approachOrMethod', 'overall'] as const;
export type AllianceItem = (typeof ALLIANCE_ITEMS)[number];
export type AllianceScores = Record<AllianceItem, number>;

export const ALLIANCE_ITEM_MIN = 0;
export const ALLIANCE_ITEM_MAX = 10;
export const ALLIANCE_TOTAL_MAX = ALLIANCE_ITEMS.length * ALLIANCE_ITEM_MAX;

/** The question and the words at each end of the 0–10 line, for the web app. */
export const ALLIANCE_ITEM_WORDS: Readonly<Record<AllianceItem, { question: string; low: string; high: string }>> = {
  relationship: { question: 'Did you feel heard and respected?', low: 'I did not feel heard or respected', high: 'I felt heard, understood and respected' },
  goalsAndTopics: { question: 'Did you work on what you wanted to?', low: 'We did not talk about what I wanted to', high: 'We worked on what I wanted to work on' },
  approachOrMethod: { question: "Did the therapist's way of working suit you?", low: 'Their approach is not a good fit for me', high: 'Their approach is a good fit for me' },
  overall: { question: "Overall, how was today's session?", low: 'Something was missing today', high: 'Overall, today was right for me' },
};

/**
 * The SRS's clinical cutoff: a total below 36 of 40 suggests the alliance needs
 * attention (SRS scores cluster near the top, so anything lower stands out). Any
 * single item at 5 or below already puts the total under 36.
 */
export const LOW_ALLIANCE_TOTAL = 36;

/** The first three completed sessions ask; by then the early alliance, which best predicts outcome, has shown. */
export const ALLIANCE_PROMPT_SESSIONS = 3;

/** Every item a whole number from 0 to 10, each problem naming its item. */
export function validateAllianceScores(scores: AllianceScores, path = 'rating'): BookingProblem[] {
  return ALLIANCE_ITEMS.flatMap((item) => {
    const value = scores?.[item];
    const valid = Number.isInteger(value) && value >= ALLIANCE_ITEM_MIN && value <= ALLIANCE_ITEM_MAX;
    return valid ? [] : [{ path: `${path}.${item}`, message: `must be a whole number from ${ALLIANCE_ITEM_MIN} to ${ALLIANCE_ITEM_MAX}` }];
  });
}

/** 0–40. Throws a RangeError for scores that do not validate. */
export function allianceTotal(scores: AllianceScores): number {
  const [problem] = validateAllianceScores(scores);
  if (problem) throw new RangeError(`${problem.path} ${problem.message}`);
  return ALLIANCE_ITEMS.reduce((total, item) => total + scores[item], 0);
}

/** 0–10, the total over the items. */
export function allianceMean(scores: AllianceScores): number {
  return allianceTotal(scores) / ALLIANCE_ITEMS.length;
}

export function isLowAlliance(scores: AllianceScores): boolean {
  return allianceTotal(scores) < LOW_ALLIANCE_TOTAL;
}

/** `completedSessionNumber`: 1 for the client's first completed session with this therapist. */
export function shouldPromptForAlliance(completedSessionNumber: number): boolean {
  return Number.isInteger(completedSessionNumber) && completedSessionNumber >= 1 && completedSessionNumber <= ALLIANCE_PROMPT_SESSIONS;
}

export type RematchReason = 'LOW_ALLIANCE' | 'NOT_A_GOOD_FIT';

/** A low rating, or the client saying "not a good fit", offers a rematch (an offer, never automatic). */
export function rematchOffer(rating: { scores: AllianceScores; notAGoodFit: boolean }): { offer: boolean; reasons: RematchReason[] } {
  const reasons: RematchReason[] = [];
  if (isLowAlliance(rating.scores)) reasons.push('LOW_ALLIANCE');
  if (rating.notAGoodFit) reasons.push('NOT_A_GOOD_FIT');
  return { offer: reasons.length > 0, reasons };
}

/**
 * Matching's alliance component reads a 1–5 scale (TherapistCandidate.alliance,
 * shrunk toward the population mean). A total maps linearly: 1 + total / 10, so
 * 0 → 1, 36 (the low-alliance cutoff) → 4.6, 40 → 5.
 */
export function allianceTotalOnMatchingScale(total: number): number {
  return 1 + (Math.min(ALLIANCE_TOTAL_MAX, Math.max(0, total)) * 4) / ALLIANCE_TOTAL_MAX;
}

/**
 * The aggregate matching needs for one therapist. Each client counts once, with
 * the mean of their ratings: three glowing ratings from one client are one
 * client's view, not three. Null when nobody has rated.
 */
export function allianceForMatching(ratings: readonly { clientId: string; total: number }[]): TherapistCandidate['alliance'] {
  const byClient = new Map<string, number[]>();
  for (const { clientId, total } of ratings) byClient.set(clientId, [...(byClient.get(clientId) ?? []), total]);
  if (byClient.size === 0) return null;
  const clientMeans = [...byClient.values()].map((totals) => totals.reduce((sum, total) => sum + total, 0) / totals.length);
  const meanTotal = clientMeans.reduce((sum, mean) => sum + mean, 0) / clientMeans.length;
  return { count: byClient.size, mean: allianceTotalOnMatchingScale(meanTotal) };
}
