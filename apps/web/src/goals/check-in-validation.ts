import { answeredCount, SCREENER_ITEMS, type ScreenerAnswers, type ScreenerKind } from '../intake/screener-answers';

export const MAX_NOTE_LENGTH = 1000;

/** A re-taken questionnaire must be complete to be scored: each missing item gets a message. */
export function screenerErrors(kind: ScreenerKind, answers: ScreenerAnswers | null): Record<string, string> {
  if (answers === null) return {};
  const total = SCREENER_ITEMS[kind].length;
  if (answeredCount(answers) === total) return {};
  return Object.fromEntries(
    answers.flatMap((answer, index) => (answer === null ? [[`${kind}.${index}`, 'Choose an answer, or untick the questionnaire.']] : [])),
  );
}
