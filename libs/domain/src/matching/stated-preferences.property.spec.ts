import fc from 'fast-check';
import { findModality, modalityNameInSentence } from '@rapport/taxonomy';
import { daysBetween, localDateTimeOf, weekdayOf } from '../time';
import { DAY_PART_MINUTES } from './availability-fit';
import { haversineDistanceKm, withinBudget } from './hard-filters';
import { inputArbitrary, RUNS } from './matching.arbitraries.fixtures';
import { TODAY } from './matching.fixtures';
import type { MatchPreferences, RankedTherapist, TherapistCandidate } from './matching.types';
import { rankTherapists } from './rank-therapists';

// "Never silently contradict the client", checked on the real ranking with
// random clients and therapists. The expectations are computed here from the
// raw facts, not by calling the ranking's own helpers.

const codes = (list: readonly { code: string }[]) => list.map((entry) => entry.code);

/** Does an open time fall on the client's stated days and day parts, within the 14-day window? */
function fitsStatedTimes(start: Date, client: MatchPreferences): boolean {
  const { localDate, minutesOfDay } = localDateTimeOf(start, client.timeZone);
  const day = daysBetween(TODAY, localDate);
  if (day < 0 || day >= 14) return false;
  const { weekdays, dayParts } = client.preferredTimes;
  if (weekdays.length > 0 && !weekdays.includes(weekdayOf(localDate))) return false;
  return dayParts.length === 0 || dayParts.some((part) => minutesOfDay >= DAY_PART_MINUTES[part][0] && minutesOfDay < DAY_PART_MINUTES[part][1]);
}

function checkHardPreferences(therapist: TherapistCandidate, client: MatchPreferences): void {
  expect(therapist.profileActive).toBe(true);
  expect(therapist.licensedJurisdictions).toContain(client.jurisdiction);
  if (client.isFirstBooking) expect(therapist.acceptsNewClients).toBe(true);
  if (client.format !== 'ANY') expect(therapist.formats).toContain(client.format);
  if (client.format === 'IN_PERSON' && client.location !== null) {
    expect(therapist.office).not.toBeNull();
    expect(haversineDistanceKm(client.location, therapist.office!)).toBeLessThanOrEqual(client.location.maxDistanceKm);
  }
  if (client.languages.length > 0) expect(client.languages.some((language) => therapist.languages.includes(language))).toBe(true);
  if (client.ageGroup !== null && therapist.ageGroups.length > 0) expect(therapist.ageGroups).toContain(client.ageGroup);
  if (client.needsSlidingScale) expect(therapist.slidingScale).not.toBeNull();
  if (client.budgetMaxMinor !== null) expect(withinBudget(therapist, client.budgetMaxMinor)).toBe(true);
  if (client.insurance !== null) {
    expect(therapist.insuranceAccepted.map((id) => id.toLowerCase())).toContain(client.insurance.toLowerCase());
  }
}

/** Stated hard filters are confirmed on the card: budget, sliding scale, format, language, insurance. */
function checkConfirmations(match: RankedTherapist, client: MatchPreferences): void {
  const reasons = codes(match.reasons);
  if (client.budgetMaxMinor !== null) expect(match.reasons.find((reason) => reason.code === 'PRICE_FIT')?.text).toMatch(/within your budget$/);
  if (client.needsSlidingScale) expect(match.reasons.find((reason) => reason.code === 'PRICE_FIT')?.text).toMatch(/sliding scale from \$/i);
  expect(reasons.includes('FORMAT')).toBe(client.format !== 'ANY');
  expect(reasons.includes('LANGUAGE')).toBe(client.languages.length > 0);
  expect(reasons.includes('INSURANCE')).toBe(client.insurance !== null);
}

/** Each soft preference: met (even in part) → a reason says so; missed (even in part) → a caveat says so. */
function checkSoftPreferences(match: RankedTherapist, therapist: TherapistCandidate, client: MatchPreferences): void {
  const reasons = codes(match.reasons);
  const caveats = codes(match.caveats);
  const expectPair = (code: string, met: boolean, missed: boolean) => {
    expect({ code, reason: reasons.includes(code) }).toEqual({ code, reason: met });
    expect({ code, caveat: caveats.includes(code) }).toEqual({ code, caveat: missed });
  };

  const treats = (code: string) => therapist.specialtyConcerns.includes(code) || therapist.treatedConcerns.includes(code);
  const concerns = client.concerns.map((concern) => concern.code);
  expectPair('CONCERN_FIT', concerns.some(treats), concerns.some((code) => !treats(code)));

  const asked = client.preferredModalities;
  if (asked.length > 0) {
    const offered = asked.filter((modality) => therapist.modalities.includes(modality));
    expectPair('MODALITY_FIT', offered.length > 0, offered.length < new Set(asked).size);
    // The reason names every approach the client chose that the therapist offers.
    const text = match.reasons.find((reason) => reason.code === 'MODALITY_FIT')?.text ?? '';
    for (const modality of offered) expect(text).toContain(modalityNameInSentence(findModality(modality)!));
  } else {
    expect(caveats).not.toContain('MODALITY_FIT');
  }

  const { weekdays, dayParts } = client.preferredTimes;
  if (weekdays.length > 0 || dayParts.length > 0) {
    const fitting = therapist.openSlotStartsMs.filter((start) => fitsStatedTimes(new Date(start), client)).length;
    expectPair('AVAILABILITY_FIT', fitting > 0, fitting === 0);
    // "fits your evenings" counts only evening times.
    if (fitting > 0) expect(match.reasons.find((reason) => reason.code === 'AVAILABILITY_FIT')!.text).toMatch(new RegExp(`^Has ${fitting} open time`));
  } else {
    expect(caveats).not.toContain('AVAILABILITY_FIT');
  }

  if (client.genderPreference.length > 0) {
    const met = therapist.gender !== null && client.genderPreference.includes(therapist.gender);
    expectPair('GENDER_PREFERENCE', met, !met);
  } else {
    expectPair('GENDER_PREFERENCE', false, false);
  }

  const shared = client.communities.filter((community) => therapist.communities.includes(community));
  expectPair('COMMUNITY', shared.length > 0, shared.length < new Set(client.communities).size);

  const textMet = client.hasQuery && therapist.textRelevance > 0;
  expectPair('TEXT_RELEVANCE', textMet, client.hasQuery && !textMet);
}

describe('rankTherapists honours what the client said (property-based)', () => {
  it('shows no one who breaks a stated hard preference, confirms each on the card, and says so for every soft one, met or missed', () => {
    fc.assert(
      fc.property(inputArbitrary, ({ candidates, preferences: client, seed }) => {
        const { ranked } = rankTherapists({ candidates, preferences: client, today: TODAY, fairnessSeed: seed });
        for (const match of ranked) {
          const therapist = candidates.find((each) => each.id === match.id)!;
          checkHardPreferences(therapist, client);
          checkConfirmations(match, client);
          checkSoftPreferences(match, therapist, client);
        }
      }),
      RUNS,
    );
  });

  // One character past Latin-1 makes V8 hold a whole results page's JSON two bytes a character (see priceFit).
  it('writes every reason, caveat and notice within Latin-1', () => {
    fc.assert(
      fc.property(inputArbitrary, ({ candidates, preferences: client, seed }) => {
        const { ranked, notices } = rankTherapists({ candidates, preferences: client, today: TODAY, fairnessSeed: seed });
        const texts = [...ranked.flatMap((match) => [...match.reasons, ...match.caveats]), ...notices].map((entry) => entry.text);
        expect(texts.filter((text) => /[^\u0000-\u00ff]/.test(text))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('says about the list when no one shown meets a gender, approach or community preference', () => {
    fc.assert(
      fc.property(inputArbitrary, ({ candidates, preferences: client, seed }) => {
        const { ranked, notices } = rankTherapists({ candidates, preferences: client, today: TODAY, fairnessSeed: seed });
        const shown = ranked.map((match) => candidates.find((each) => each.id === match.id)!);
        const noticeCodes = codes(notices);
        const nobody = (meets: (therapist: TherapistCandidate) => boolean) => shown.length > 0 && !shown.some(meets);
        expect(noticeCodes.includes('GENDER_PREFERENCE')).toBe(
          client.genderPreference.length > 0 && nobody((therapist) => therapist.gender !== null && client.genderPreference.includes(therapist.gender)),
        );
        expect(noticeCodes.includes('MODALITY_FIT')).toBe(
          client.preferredModalities.length > 0 && nobody((therapist) => client.preferredModalities.some((modality) => therapist.modalities.includes(modality))),
        );
        expect(noticeCodes.includes('COMMUNITY')).toBe(
          client.communities.length > 0 && nobody((therapist) => client.communities.some((community) => therapist.communities.includes(community))),
        );
        for (const notice of notices) expect(notice.text).toMatch(/so these are the closest\.$/);
      }),
      RUNS,
    );
  });
});
