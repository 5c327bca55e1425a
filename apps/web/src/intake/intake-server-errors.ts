import type { CombinedError } from 'urql';
import type { IntakeDraft } from './intake-draft';
import type { IntakeErrors } from './intake-validation';
import { stepOfField, type IntakeStepId } from './intake-steps';

export interface MappedIntakeError {
  step: IntakeStepId;
  errors: IntakeErrors;
}

/**
 * Pins a `BAD_USER_INPUT` from submitIntake to the step and answer it is about:
 * `phq9[8]` → step phq9, key `phq9.8`; `budgetMaxMinor` → step cost, key `budgetDollars`;
 * `concerns[0].code` → step concerns, key `concerns`. Null when the error names no answer.
 */
export function mapIntakeServerError(error: CombinedError, draft: IntakeDraft): MappedIntakeError | null {
  for (const graphqlError of error.graphQLErrors) {
    const field = graphqlError.extensions?.field;
    if (graphqlError.extensions?.code !== 'BAD_USER_INPUT' || typeof field !== 'string') continue;
    const key = errorKey(field.replace(/^input\./, ''), draft);
    const step = stepOfField(key);
    if (step) return { step, errors: { [key]: graphqlError.message } };
  }
  return null;
}

function errorKey(field: string, draft: IntakeDraft): string {
  const path = field.replace(/\[(\d+)\]/g, '.$1');
  if (path === 'budgetMaxMinor') return 'budgetDollars';
  if (path === 'needsSlidingScale') return 'costChoice';
  const concern = /^concerns\.(\d+)\.priority$/.exec(path);
  if (concern) {
    const code = draft.concerns[Number(concern[1])]?.code;
    return code ? `concerns.${code}.priority` : 'concerns';
  }
  if (path.startsWith('concerns')) return 'concerns';
  const goal = /^goals\.(\d+)$/.exec(path);
  if (goal) {
    // The API saw only the non-blank goals: find the box that one came from.
    const filled = draft.goals.flatMap((text, index) => (text.trim() ? [index] : []));
    const index = filled[Number(goal[1])];
    return index === undefined ? 'goals' : `goals.${index}`;
  }
  if (/^(languages|communities|genderPreference|preferredModalities|preferredWeekdays|preferredDayParts)\./.test(path)) {
    return path.split('.')[0];
  }
  return path;
}
