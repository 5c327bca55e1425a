import { findJurisdiction, findLanguage, payerName } from '@rapport/taxonomy';
import { describePreferredTimes, fittingOpenTimes } from './availability-fit';
import { concernsByPriority, distinct } from './fit-components';
import { haversineDistanceKm } from './hard-filters';
import type { MatchCaveat, MatchNotice, MatchPreferences, MatchReason, TherapistCandidate, TherapistGender } from './matching.types';
import { communityLabel, concernName, joinWithAnd, modalityName } from './reason-text';

// Never silently contradict the client: every preference they state is either a
// hard filter (confirmed here on the card) or scored, and a soft one a therapist
// misses is said on their card (caveats) and, when nobody meets it, about the list.

const joinWithOr = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;

const FORMAT_TEXT = { VIDEO: 'Offers video sessions', PHONE: 'Offers phone sessions', IN_PERSON: 'Offers in-person sessions' } as const;

/** The hard filters the client stated, confirmed: every shown therapist passes them. Weight 0, after the scored reasons. */
export function statedFilterReasons(candidate: TherapistCandidate, preferences: MatchPreferences): MatchReason[] {
  const reasons: MatchReason[] = [];
  if (preferences.format !== 'ANY') {
    const { location } = preferences;
    const distance =
      preferences.format === 'IN_PERSON' && location !== null && candidate.office !== null
        ? `, ${Math.max(1, Math.round(haversineDistanceKm(location, candidate.office)))} km from you`
        : '';
    reasons.push({ code: 'FORMAT', text: `${FORMAT_TEXT[preferences.format]}${distance}`, weight: 0 });
  }
  const shared = preferences.languages.filter((language) => candidate.languages.includes(language));
  if (shared.length > 0) {
    reasons.push({ code: 'LANGUAGE', text: `Sessions in ${joinWithAnd(shared.map((code) => findLanguage(code)?.name ?? code))}`, weight: 0 });
  }
  if (preferences.insurance !== null && preferences.insurance.trim() !== '') {
    reasons.push({ code: 'INSURANCE', text: `In network with ${payerName(preferences.insurance)}, your insurance`, weight: 0 });
  }
  return reasons;
}

const GENDER_NOUN: Record<TherapistGender, string> = { WOMAN: 'a woman', MAN: 'a man', NON_BINARY: 'non-binary' };
const GENDER_ADJECTIVE: Record<TherapistGender, string> = { WOMAN: 'woman', MAN: 'man', NON_BINARY: 'non-binary' };

/** 'a woman', 'a woman or non-binary therapist'. */
function askedGender(genders: readonly TherapistGender[]): string {
  if (genders.length === 1) return genders[0] === 'NON_BINARY' ? 'a non-binary therapist' : GENDER_NOUN[genders[0]];
  return `a ${joinWithOr(genders.map((gender) => GENDER_ADJECTIVE[gender]))} therapist`;
}

/** The soft preferences this therapist misses, each said in a sentence; empty when they meet all of them. */
export function unmetPreferences(candidate: TherapistCandidate, preferences: MatchPreferences, today: string): MatchCaveat[] {
  const caveats: MatchCaveat[] = [];
  const missingConcerns = concernsByPriority(preferences.concerns)
    .map((concern) => concern.code)
    .filter((code) => !candidate.specialtyConcerns.includes(code) && !candidate.treatedConcerns.includes(code));
  if (missingConcerns.length > 0) {
    caveats.push({ code: 'CONCERN_FIT', text: `Doesn't list ${joinWithOr(missingConcerns.map(concernName))} among what they treat` });
  }
  const missingModalities = distinct(preferences.preferredModalities).filter((modality) => !candidate.modalities.includes(modality));
  if (missingModalities.length > 0) {
    caveats.push({ code: 'MODALITY_FIT', text: `Doesn't offer ${joinWithOr(missingModalities.map(modalityName))}, which you asked for` });
  }
  const fitting = fittingOpenTimes(candidate, preferences, today);
  if (fitting === 0) {
    caveats.push({ code: 'AVAILABILITY_FIT', text: `No open times on ${describePreferredTimes(preferences)} in the next 2 weeks` });
  }
  const genders = distinct(preferences.genderPreference);
  if (genders.length > 0 && (candidate.gender === null || !genders.includes(candidate.gender))) {
    const asked = askedGender(genders);
    const text =
      candidate.gender === null
        ? `Hasn't said their gender; you asked for ${asked}`
        : `${candidate.gender === 'NON_BINARY' ? 'Non-binary' : GENDER_NOUN[candidate.gender].replace(/^a/, 'A')}; you asked for ${asked}`;
    caveats.push({ code: 'GENDER_PREFERENCE', text });
  }
  const missingCommunities = distinct(preferences.communities).filter((community) => !candidate.communities.includes(community));
  if (missingCommunities.length > 0) {
    caveats.push({ code: 'COMMUNITY', text: `Doesn't list ${joinWithOr(missingCommunities.map(communityLabel))}, which you asked for` });
  }
  if (preferences.hasQuery && !(candidate.textRelevance > 0)) {
    caveats.push({ code: 'TEXT_RELEVANCE', text: "Their profile doesn't mention what you searched for" });
  }
  return caveats;
}

/**
 * About the whole list: a soft preference that no ranked therapist meets, so the
 * client reads "these are the closest" instead of wondering whether we heard them.
 * Empty when nobody is ranked (then the filters, not the preferences, need changing).
 */
export function preferenceNotices(ranked: readonly TherapistCandidate[], preferences: MatchPreferences): MatchNotice[] {
  if (ranked.length === 0) return [];
  const genders = distinct(preferences.genderPreference);
  const modalities = distinct(preferences.preferredModalities);
  const communities = distinct(preferences.communities);
  return noticesFor(preferences, {
    gender: genders.length === 0 || ranked.some((candidate) => candidate.gender !== null && genders.includes(candidate.gender)),
    modality: modalities.length === 0 || ranked.some((candidate) => modalities.some((modality) => candidate.modalities.includes(modality))),
    community: communities.length === 0 || ranked.some((candidate) => communities.some((community) => candidate.communities.includes(community))),
  });
}

/**
 * preferenceNotices' words, once it is known (`met`) whether some ranked therapist (one at least
 * is) meets each soft preference: a preference not stated counts as met.
 */
export function noticesFor(preferences: MatchPreferences, met: { gender: boolean; modality: boolean; community: boolean }): MatchNotice[] {
  const where = findJurisdiction(preferences.jurisdiction)?.name ?? preferences.jurisdiction;
  const notices: MatchNotice[] = [];
  const genders = distinct(preferences.genderPreference);
  if (!met.gender) {
    const noun = `${joinWithOr(genders.map((gender) => GENDER_ADJECTIVE[gender]))} therapist`;
    notices.push({
      code: 'GENDER_PREFERENCE',
      text: `You asked for ${askedGender(genders)}: no ${noun} in ${where} fits your other choices, so these are the closest.`,
    });
  }
  const modalities = distinct(preferences.preferredModalities);
  if (!met.modality) {
    notices.push({
      code: 'MODALITY_FIT',
      text: `You asked for ${joinWithOr(modalities.map(modalityName))}: no therapist in ${where} who offers ${modalities.length === 1 ? 'it' : 'them'} fits your other choices, so these are the closest.`,
    });
  }
  const communities = distinct(preferences.communities);
  if (!met.community) {
    notices.push({
      code: 'COMMUNITY',
      text: `You asked for ${joinWithOr(communities.map(communityLabel))}: no therapist in ${where} who lists it fits your other choices, so these are the closest.`,
    });
  }
  return notices;
}
