import {
  MAX_CONCERNS,
  MAX_GOAL_LENGTH,
  MAX_GOALS,
  MAX_INSURANCE_LENGTH,
  type IntakeDraft,
  type NumberDraft,
} from './intake-draft';
import { INTAKE_STEPS, type IntakeStepId } from './intake-steps';
import { answeredCount, SCREENER_ITEMS, type ScreenerAnswers, type ScreenerKind } from './screener-answers';
import { CUSTOM_LOCATION } from './city-presets';

/** Messages keyed by answer path: `jurisdiction`, `goals.2`, `phq9.8`, `location.latitude`. */
export type IntakeErrors = Record<string, string>;

// The browser's quick checks, mirroring the API's rules so mistakes show before a
// round trip. The API stays the authority; its errors are mapped back to steps too.
const STEP_VALIDATORS: Record<IntakeStepId, (draft: IntakeDraft) => IntakeErrors> = {
  concerns: validateConcerns,
  goals: validateGoals,
  approach: validateApproach,
  place: validatePlace,
  cost: validateCost,
  therapist: () => ({}),
  schedule: (draft): IntakeErrors => (draft.timeZone ? {} : { timeZone: 'Choose your time zone.' }),
  phq9: (draft) => validateScreener('phq9', draft.phq9),
  gad7: (draft) => validateScreener('gad7', draft.gad7),
  review: () => ({}),
};

export function validateStep(step: IntakeStepId, draft: IntakeDraft): IntakeErrors {
  return STEP_VALIDATORS[step](draft);
}

/** The first step with a problem, and its errors; null when every step is fine. */
export function firstInvalidStep(draft: IntakeDraft): { step: IntakeStepId; errors: IntakeErrors } | null {
  for (const { id } of INTAKE_STEPS) {
    const errors = validateStep(id, draft);
    if (Object.keys(errors).length > 0) return { step: id, errors };
  }
  return null;
}

function validateConcerns(draft: IntakeDraft): IntakeErrors {
  if (draft.concerns.length === 0) return { concerns: 'Choose at least one thing you’d like help with.' };
  if (draft.concerns.length > MAX_CONCERNS) {
    return { concerns: `Choose up to ${MAX_CONCERNS}: the ones that weigh on you most.` };
  }
  return {};
}

function validateGoals(draft: IntakeDraft): IntakeErrors {
  const errors: IntakeErrors = {};
  draft.goals.forEach((goal, index) => {
    const length = goal.trim().length;
    if (length > MAX_GOAL_LENGTH) {
      errors[`goals.${index}`] = `Please keep each goal to ${MAX_GOAL_LENGTH} characters (this one has ${length}).`;
    }
  });
  if (draft.goals.filter((goal) => goal.trim()).length > MAX_GOALS) errors.goals = `Up to ${MAX_GOALS} goals.`;
  return errors;
}

function validateApproach(draft: IntakeDraft): IntakeErrors {
  if (draft.modalityChoice === 'CHOOSE' && draft.preferredModalities.length === 0) {
    return { preferredModalities: 'Choose at least one approach, or pick “Not sure”.' };
  }
  return {};
}

function validatePlace(draft: IntakeDraft): IntakeErrors {
  const errors: IntakeErrors = {};
  if (!draft.jurisdiction) errors.jurisdiction = 'Choose the state you’ll be in for sessions.';
  const { location } = draft;
  if (draft.format !== 'IN_PERSON' || !location.choice) return errors;
  if (location.choice === CUSTOM_LOCATION) {
    if (!inRange(location.latitude, -90, 90)) errors['location.latitude'] = 'Enter a latitude between -90 and 90, like 40.71.';
    if (!inRange(location.longitude, -180, 180)) {
      errors['location.longitude'] = 'Enter a longitude between -180 and 180, like -74.01.';
    }
  }
  if (!inRange(location.maxDistanceKm, 1, 200)) errors['location.maxDistanceKm'] = 'Choose a distance from 1 to 200 km.';
  return errors;
}

function validateCost(draft: IntakeDraft): IntakeErrors {
  const errors: IntakeErrors = {};
  if (draft.costChoice === 'BUDGET' && !inRange(draft.budgetDollars, 1, 100_000)) {
    errors.budgetDollars = 'Enter the most you can pay for one session, in dollars, like 120.';
  }
  // Plans are chosen from the payer list; a name typed in an older draft has to be chosen again.
  if (draft.insurance.trim().length > MAX_INSURANCE_LENGTH || (draft.insurance !== '' && !/^[A-Z][A-Z0-9_]*$/.test(draft.insurance))) {
    errors.insurance = 'Choose your insurer from the list, or leave this empty.';
  }
  return errors;
}

/** Optional, but all or nothing: a half-answered questionnaire cannot be scored. */
function validateScreener(kind: ScreenerKind, answers: ScreenerAnswers): IntakeErrors {
  const answered = answeredCount(answers);
  const total = SCREENER_ITEMS[kind].length;
  if (answered === 0 || answered === total) return {};
  const errors: IntakeErrors = {
    [kind]: `Answer all ${total} questions, or clear your answers to skip this step (${answered} of ${total} answered).`,
  };
  answers.forEach((answer, index) => {
    if (answer === null) errors[`${kind}.${index}`] = 'Choose an answer.';
  });
  return errors;
}

function inRange(value: NumberDraft, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}
