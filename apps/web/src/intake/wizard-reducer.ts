import type { IntakeDraft } from './intake-draft';
import type { IntakeErrors } from './intake-validation';
import { LAST_STEP_INDEX } from './intake-steps';

/** The whole wizard in one place: the answers, where the person is, and what needs fixing. */
export interface WizardState {
  stepIndex: number;
  draft: IntakeDraft;
  errors: IntakeErrors;
}

export type WizardAction =
  | { type: 'update'; patch: Partial<IntakeDraft> }
  | { type: 'goTo'; stepIndex: number }
  | { type: 'showErrors'; errors: IntakeErrors; stepIndex?: number };

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'update':
      return {
        ...state,
        draft: { ...state.draft, ...action.patch },
        errors: withoutErrorsFor(state.errors, Object.keys(action.patch)),
      };
    case 'goTo':
      return { ...state, stepIndex: clampStep(action.stepIndex), errors: {} };
    case 'showErrors':
      return { ...state, stepIndex: clampStep(action.stepIndex ?? state.stepIndex), errors: action.errors };
  }
}

/** Changing an answer clears its messages (`phq9` clears `phq9` and `phq9.3`), and only its own. */
function withoutErrorsFor(errors: IntakeErrors, fields: readonly string[]): IntakeErrors {
  const kept = Object.entries(errors).filter(([key]) => !fields.some((field) => key === field || key.startsWith(`${field}.`)));
  return kept.length === Object.keys(errors).length ? errors : Object.fromEntries(kept);
}

function clampStep(index: number): number {
  return Math.min(Math.max(0, Math.trunc(index)), LAST_STEP_INDEX);
}
