import { GAD7_ITEMS, PHQ9_ITEMS, SELF_HARM_ITEM_INDEX } from '@rapport/domain/screeners';

// Answers as the forms hold them. The wording and order of the items come from
// libs/domain, the same lists the API scores against.

/** The draft's and the steps' name for a questionnaire (the API's kinds are 'PHQ9' and 'GAD7'). */
export type ScreenerKind = 'phq9' | 'gad7';

export const SCREENER_ITEMS: Record<ScreenerKind, readonly string[]> = { phq9: PHQ9_ITEMS, gad7: GAD7_ITEMS };

/** An answer per item, or null while unanswered. */
export type ScreenerAnswers = (number | null)[];

export function emptyScreenerAnswers(kind: ScreenerKind): ScreenerAnswers {
  return SCREENER_ITEMS[kind].map(() => null);
}

/** All items answered: the list the API wants. Null when any is missing. */
export function completeAnswers(answers: ScreenerAnswers): number[] | null {
  return answers.every((answer): answer is number => answer !== null) ? answers : null;
}

export function answeredCount(answers: ScreenerAnswers): number {
  return answers.filter((answer) => answer !== null).length;
}

export function selfHarmPositive(phq9: ScreenerAnswers): boolean {
  return (phq9[SELF_HARM_ITEM_INDEX] ?? 0) > 0;
}
