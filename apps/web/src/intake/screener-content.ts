// PHQ-9 and GAD-7 wording for the browser. The source of truth is
// libs/domain/src/screeners/screener-content.ts (the API scores against it); the
// web app cannot import libs/domain, so the strings are copied here. Keep the
// standard English wording and order: the published bands hold only for the items as written.

export type ScreenerKind = 'phq9' | 'gad7';

export const SCREENER_QUESTION_STEM =
  'Over the last 2 weeks, how often have you been bothered by any of the following problems?';

export const PHQ9_ITEMS: readonly string[] = [
  'Little interest or pleasure in doing things',
  'Feeling down, depressed, or hopeless',
  'Trouble falling or staying asleep, or sleeping too much',
  'Feeling tired or having little energy',
  'Poor appetite or overeating',
  'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  'Trouble concentrating on things, such as reading the newspaper or watching television',
  'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  'Thoughts that you would be better off dead or of hurting yourself in some way',
];

export const GAD7_ITEMS: readonly string[] = [
  'Feeling nervous, anxious, or on edge',
  'Not being able to stop or control worrying',
  'Worrying too much about different things',
  'Trouble relaxing',
  'Being so restless that it is hard to sit still',
  'Becoming easily annoyed or irritable',
  'Feeling afraid, as if something awful might happen',
];

export const SCREENER_RESPONSE_OPTIONS: readonly { value: 0 | 1 | 2 | 3; label: string }[] = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
];

export const SCREENER_ITEMS: Record<ScreenerKind, readonly string[]> = { phq9: PHQ9_ITEMS, gad7: GAD7_ITEMS };

/** PHQ-9 item 9 (thoughts of self-harm), zero-based. Any answer above 0 shows crisis resources. */
export const SELF_HARM_ITEM_INDEX = 8;

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
