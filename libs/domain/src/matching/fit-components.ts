import { evidenceFor, evidenceReason, type EvidenceStrength } from '@rapport/taxonomy';
import type { ComponentScore, MatchPreferences, TherapistCandidate } from './matching.types';
import { capitalizeFirst, concernName, joinWithAnd, modalityName } from './reason-text';

export const NO_CONTRIBUTION: ComponentScore = { value: 0, text: null };

/** Credit for how a therapist holds one of the client's concerns. */
export const CONCERN_LEVEL_CREDIT = { SPECIALTY: 1, TREATS: 0.6 } as const;

/** Credit for offering a therapy linked to one of the client's concerns. */
export const EVIDENCE_STRENGTH_CREDIT: Readonly<Record<EvidenceStrength, number>> = { STRONG: 1, MODERATE: 0.6 };

type ClientConcern = MatchPreferences['concerns'][number];

/**
 * Kept per concerns array: ranking asks three times a candidate (concern fit, modality fit,
 * unmet preferences), 1,200 times a search of 400 with the same array, and working it out each
 * time was a sixth of ranking's CPU. Nothing mutates a client's concerns once read (the kept
 * order is frozen, so nothing mutates it either).
 */
const byPriorityOf = new WeakMap<readonly ClientConcern[], readonly ClientConcern[]>();

/** Each concern once, at its highest stated priority, most important first (stable for equal priorities). */
export function concernsByPriority(concerns: readonly ClientConcern[]): readonly ClientConcern[] {
  const kept = byPriorityOf.get(concerns);
  if (kept !== undefined) return kept;
  const byCode = new Map<string, ClientConcern>();
  for (const concern of concerns) {
    const seen = byCode.get(concern.code);
    if (seen === undefined || concern.priority > seen.priority) byCode.set(concern.code, concern);
  }
  const ordered = Object.freeze([...byCode.values()].sort((a, b) => b.priority - a.priority));
  byPriorityOf.set(concerns, ordered);
  return ordered;
}

const distinctOf = new WeakMap<readonly string[], readonly string[]>();

/**
 * Each value once, in first-seen order; kept per array, as concernsByPriority is: the ranking asks
 * for a client's modalities and communities once a candidate, 400 times a search with one array;
 * the caveats and notices read them too.
 */
export function distinct<T extends string>(values: readonly T[]): readonly T[] {
  const kept = distinctOf.get(values);
  if (kept !== undefined) return kept as readonly T[];
  const once = Object.freeze([...new Set(values)]);
  distinctOf.set(values, once);
  return once;
}

/**
 * The share of `asked` (distinct) that `offered` holds, and, worded, which they are; null when
 * none. Scoring alone (`words` false) counts without making a list.
 */
export function sharedWith(asked: readonly string[], offered: readonly string[], words: boolean): { share: number; shared: string[] | null } | null {
  let count = 0;
  const shared: string[] | null = words ? [] : null;
  for (const value of asked) {
    if (!offered.includes(value)) continue;
    count += 1;
    shared?.push(value);
  }
  return count === 0 ? null : { share: count / asked.length, shared };
}

/** Into [0, 1]; NaN and infinities count as 0. */
export const clampUnit = (value: number) => (Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0);

/**
 * Specialty 1.0, treats 0.6 per concern, weighted by the client's priority, over the most possible.
 * `words` false leaves the text out (null): the ranking scores every candidate and words only those a page shows.
 */
export function concernFit(candidate: TherapistCandidate, preferences: MatchPreferences, words = true): ComponentScore {
  const specialties: string[] = [];
  const treated: string[] = [];
  let earned = 0;
  let possible = 0;
  for (const { code, priority } of concernsByPriority(preferences.concerns)) {
    possible += priority;
    if (candidate.specialtyConcerns.includes(code)) {
      earned += priority * CONCERN_LEVEL_CREDIT.SPECIALTY;
      if (words) specialties.push(concernName(code));
    } else if (candidate.treatedConcerns.includes(code)) {
      earned += priority * CONCERN_LEVEL_CREDIT.TREATS;
      if (words) treated.push(concernName(code));
    }
  }
  if (possible <= 0 || earned <= 0) return NO_CONTRIBUTION;
  const value = clampUnit(earned / possible);
  if (!words) return { value, text: null };
  const text =
    specialties.length === 0
      ? `Treats ${joinWithAnd(treated)}`
      : `Specialises in ${joinWithAnd(specialties)}${treated.length > 0 ? `; also treats ${joinWithAnd(treated)}` : ''}`;
  return { value, text };
}

/** The share of the modalities the client asked for that the therapist offers. */
function statedModalityFit(candidate: TherapistCandidate, preferred: readonly string[], words: boolean): ComponentScore {
  const offered = sharedWith(distinct(preferred), candidate.modalities, words);
  if (offered === null) return NO_CONTRIBUTION;
  return { value: offered.share, text: offered.shared ? `Offers ${joinWithAnd(offered.shared.map(modalityName))}, which you asked for` : null };
}

/**
 * With no stated preference: for each of the client's concerns that has evidence
 * links, the strongest linked therapy the therapist offers, weighted by priority.
 * Concerns no guideline covers (grief, burnout) are left out rather than counted as misses.
 */
function evidenceModalityFit(candidate: TherapistCandidate, preferences: MatchPreferences, words: boolean): ComponentScore {
  let earned = 0;
  let possible = 0;
  let best: { credit: number; concern: string; modality: string } | undefined;
  for (const { code, priority } of concernsByPriority(preferences.concerns)) {
    const links = evidenceFor(code);
    if (links.length === 0) continue;
    possible += priority;
    // evidenceFor lists strong links first, so the first offered one is the strongest.
    const link = links.find((candidateLink) => candidate.modalities.includes(candidateLink.modality));
    if (link === undefined) continue;
    const credit = priority * EVIDENCE_STRENGTH_CREDIT[link.strength];
    earned += credit;
    if (best === undefined || credit > best.credit) best = { credit, concern: code, modality: link.modality };
  }
  if (possible <= 0 || best === undefined) return NO_CONTRIBUTION;
  const value = clampUnit(earned / possible);
  if (!words) return { value, text: null };
  return { value, text: capitalizeFirst(evidenceReason(best.concern, best.modality) ?? `offers ${modalityName(best.modality)}`) };
}

export function modalityFit(candidate: TherapistCandidate, preferences: MatchPreferences, words = true): ComponentScore {
  return preferences.preferredModalities.length > 0
    ? statedModalityFit(candidate, preferences.preferredModalities, words)
    : evidenceModalityFit(candidate, preferences, words);
}
