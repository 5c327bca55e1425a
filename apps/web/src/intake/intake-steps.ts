/** The wizard's steps, in order: one group of questions each. */
export const INTAKE_STEPS = [
  { id: 'concerns', title: 'What brings you here' },
  { id: 'goals', title: 'What you hope will change' },
  { id: 'approach', title: 'How you’d like to work' },
  { id: 'place', title: 'Where and how you’ll meet' },
  { id: 'cost', title: 'Cost' },
  { id: 'therapist', title: 'Who you’d feel comfortable with' },
  { id: 'schedule', title: 'When suits you' },
  { id: 'phq9', title: 'How your mood has been (optional)' },
  { id: 'gad7', title: 'How worry has been (optional)' },
  { id: 'review', title: 'Review and see your matches' },
] as const;

export type IntakeStepId = (typeof INTAKE_STEPS)[number]['id'];

export const LAST_STEP_INDEX = INTAKE_STEPS.length - 1;

export function stepIndexOf(id: IntakeStepId): number {
  return INTAKE_STEPS.findIndex((step) => step.id === id);
}

/** Which step owns each top-level answer, so an error from the server lands on the right page. */
const STEP_OF_FIELD: Record<string, IntakeStepId> = {
  concerns: 'concerns',
  goals: 'goals',
  preferredModalities: 'approach',
  modalityChoice: 'approach',
  jurisdiction: 'place',
  format: 'place',
  location: 'place',
  budgetMaxMinor: 'cost',
  budgetDollars: 'cost',
  needsSlidingScale: 'cost',
  costChoice: 'cost',
  insurance: 'cost',
  languages: 'therapist',
  genderPreference: 'therapist',
  communities: 'therapist',
  ageGroup: 'therapist',
  preferredWeekdays: 'schedule',
  preferredDayParts: 'schedule',
  timeZone: 'schedule',
  phq9: 'phq9',
  gad7: 'gad7',
};

/** `location.latitude` → 'place'; unknown fields → null. */
export function stepOfField(errorKey: string): IntakeStepId | null {
  const top = errorKey.split(/[.[]/)[0];
  return STEP_OF_FIELD[top] ?? null;
}
