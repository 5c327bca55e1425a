import { paths } from '../app/paths';
import { INTAKE_STEPS, stepIndexOf, type IntakeStepId } from './intake-steps';

const STEP_PARAM = 'step';

/** A link that opens the intake at one step: `/intake?step=cost`. */
export function intakeStepPath(step: IntakeStepId): string {
  return `${paths.intake}?${new URLSearchParams({ [STEP_PARAM]: step }).toString()}`;
}

/** The step a link asked for, as an index; null when none (or one that does not exist). */
export function stepFromSearch(search: URLSearchParams): number | null {
  const asked = search.get(STEP_PARAM);
  return INTAKE_STEPS.some((step) => step.id === asked) ? stepIndexOf(asked as IntakeStepId) : null;
}

/** The steps a client can jump to from "Update your answers", in words that say what each holds. */
export const UPDATE_ANSWER_LINKS: readonly { step: IntakeStepId; label: string }[] = [
  { step: 'concerns', label: 'What brings you here' },
  { step: 'goals', label: 'Goals' },
  { step: 'approach', label: 'Approach' },
  { step: 'place', label: 'State and format' },
  { step: 'cost', label: 'Cost and insurance' },
  { step: 'therapist', label: 'Who you’d like' },
  { step: 'schedule', label: 'Days and times' },
  { step: 'phq9', label: 'Mood questions' },
];
