import { ScreenerKind, scoreGad7, scorePhq9, validateScreenerAnswers } from '@rapport/domain';
import { InputError } from '../common/errors/app-error';
import type { IntakeScreeners } from './intake.entity';

/** Scores optional PHQ-9 / GAD-7 answers; invalid answers become an input error naming the item (`phq9[8]`). */
export function scoreScreeners(input: { phq9?: number[] | null; gad7?: number[] | null }): IntakeScreeners {
  return {
    phq9: input.phq9 ? { answers: input.phq9, ...scorePhq9(checked('PHQ9', 'phq9', input.phq9)) } : null,
    gad7: input.gad7 ? { answers: input.gad7, ...scoreGad7(checked('GAD7', 'gad7', input.gad7)) } : null,
  };
}

function checked(kind: ScreenerKind, field: string, answers: number[]): number[] {
  const [problem] = validateScreenerAnswers(kind, answers);
  if (problem) throw new InputError(problem.path.replace(/^answers/, field), problem.message);
  return answers;
}
