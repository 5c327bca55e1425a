import { centsToDollars, dollarsToCents } from '../format/money';
import type { IntakeFieldsFragment, SubmitIntakeInput } from '../gql/graphql';
import { CUSTOM_LOCATION, findCityPreset } from './city-presets';
import { emptyDraft, type IntakeDraft, type LocationDraft, type Priority } from './intake-draft';
import { completeAnswers, emptyScreenerAnswers, type ScreenerKind } from './screener-answers';

/** The draft as `submitIntake` wants it: trimmed, blanks dropped, choices turned into fields. */
export function toSubmitInput(draft: IntakeDraft): SubmitIntakeInput {
  return {
    concerns: draft.concerns.map(({ code, priority }) => ({ code, priority })),
    goals: draft.goals.map((goal) => goal.trim()).filter(Boolean),
    preferredModalities: draft.modalityChoice === 'CHOOSE' ? draft.preferredModalities : [],
    jurisdiction: draft.jurisdiction,
    format: draft.format,
    location: draft.format === 'IN_PERSON' ? locationInput(draft.location) : null,
    budgetMaxMinor:
      draft.costChoice === 'BUDGET' && typeof draft.budgetDollars === 'number' ? dollarsToCents(draft.budgetDollars) : null,
    needsSlidingScale: draft.costChoice === 'SLIDING_SCALE',
    insurance: draft.insurance.trim() || null,
    languages: draft.languages,
    genderPreference: draft.genderPreference,
    communities: draft.communities,
    ageGroup: draft.ageGroup || null,
    preferredWeekdays: [...draft.preferredWeekdays].sort(),
    preferredDayParts: draft.preferredDayParts,
    timeZone: draft.timeZone,
    phq9: completeAnswers(draft.phq9),
    gad7: completeAnswers(draft.gad7),
  };
}

function locationInput(location: LocationDraft): SubmitIntakeInput['location'] {
  if (!location.choice || typeof location.maxDistanceKm !== 'number') return null;
  const preset = findCityPreset(location.choice);
  if (preset) return { latitude: preset.latitude, longitude: preset.longitude, maxDistanceKm: location.maxDistanceKm };
  if (location.choice !== CUSTOM_LOCATION) return null;
  if (typeof location.latitude !== 'number' || typeof location.longitude !== 'number') return null;
  return { latitude: location.latitude, longitude: location.longitude, maxDistanceKm: location.maxDistanceKm };
}

/**
 * A saved intake as a draft, for revising. The API does not send the location back,
 * so an in-person search area has to be chosen again.
 */
export function draftFromIntake(intake: IntakeFieldsFragment): IntakeDraft {
  const empty = emptyDraft(intake.timeZone);
  return {
    ...empty,
    concerns: intake.concerns.map(({ code, priority }) => ({ code, priority: clampPriority(priority) })),
    goals: intake.goals.length > 0 ? [...intake.goals] : [''],
    modalityChoice: intake.preferredModalities.length > 0 ? 'CHOOSE' : 'EVIDENCE',
    preferredModalities: [...intake.preferredModalities],
    jurisdiction: intake.jurisdiction,
    format: intake.format,
    costChoice: intake.needsSlidingScale ? 'SLIDING_SCALE' : intake.budgetMaxMinor !== null && intake.budgetMaxMinor !== undefined ? 'BUDGET' : 'ANY',
    budgetDollars: typeof intake.budgetMaxMinor === 'number' ? centsToDollars(intake.budgetMaxMinor) : '',
    insurance: intake.insurance ?? '',
    languages: [...intake.languages],
    genderPreference: [...intake.genderPreference],
    communities: [...intake.communities],
    ageGroup: intake.ageGroup ?? '',
    preferredWeekdays: [...intake.preferredWeekdays],
    preferredDayParts: [...intake.preferredDayParts],
    phq9: savedAnswers('phq9', intake.phq9?.answers),
    gad7: savedAnswers('gad7', intake.gad7?.answers),
  };
}

function savedAnswers(kind: ScreenerKind, answers: readonly number[] | undefined) {
  const empty = emptyScreenerAnswers(kind);
  return answers && answers.length === empty.length ? [...answers] : empty;
}

function clampPriority(priority: number): Priority {
  return priority >= 3 ? 3 : priority <= 1 ? 1 : 2;
}
