import { GAD7_ITEMS, PHQ9_ITEMS, SELF_HARM_ITEM_INDEX, type ScreenerKind } from './screener-content';

export type Phq9Band = 'MINIMAL' | 'MILD' | 'MODERATE' | 'MODERATELY_SEVERE' | 'SEVERE';
export type Gad7Band = 'MINIMAL' | 'MILD' | 'MODERATE' | 'SEVERE';

export interface ScreenerBand<Band extends string> {
  readonly band: Band;
  readonly label: string;
  readonly minTotal: number;
  /** Inclusive. */
  readonly maxTotal: number;
}

// The published severity bands (Kroenke 2001 for PHQ-9, Spitzer 2006 for GAD-7).
export const PHQ9_BANDS: readonly ScreenerBand<Phq9Band>[] = [
  { band: 'MINIMAL', label: 'Minimal', minTotal: 0, maxTotal: 4 },
  { band: 'MILD', label: 'Mild', minTotal: 5, maxTotal: 9 },
  { band: 'MODERATE', label: 'Moderate', minTotal: 10, maxTotal: 14 },
  { band: 'MODERATELY_SEVERE', label: 'Moderately severe', minTotal: 15, maxTotal: 19 },
  { band: 'SEVERE', label: 'Severe', minTotal: 20, maxTotal: 27 },
];

export const GAD7_BANDS: readonly ScreenerBand<Gad7Band>[] = [
  { band: 'MINIMAL', label: 'Minimal', minTotal: 0, maxTotal: 4 },
  { band: 'MILD', label: 'Mild', minTotal: 5, maxTotal: 9 },
  { band: 'MODERATE', label: 'Moderate', minTotal: 10, maxTotal: 14 },
  { band: 'SEVERE', label: 'Severe', minTotal: 15, maxTotal: 21 },
];

export interface Gad7Result {
  total: number;
  band: Gad7Band;
  /** For people: 'Moderate'. */
  bandLabel: string;
}

export interface Phq9Result {
  total: number;
  band: Phq9Band;
  bandLabel: string;
  /** Item 9 (thoughts of self-harm) answered above "Not at all": show crisis resources first and flag the intake. */
  selfHarmItemPositive: boolean;
}

export interface ScreenerProblem {
  /** 'answers' for the list as a whole, 'answers[8]' for one answer. */
  path: string;
  message: string;
}

const SCREENERS: Record<ScreenerKind, { name: string; itemCount: number }> = {
  PHQ9: { name: 'PHQ-9', itemCount: PHQ9_ITEMS.length },
  GAD7: { name: 'GAD-7', itemCount: GAD7_ITEMS.length },
};

const MAX_ANSWER = 3;

/** Everything wrong with a set of answers; empty when they can be scored. */
export function validateScreenerAnswers(kind: ScreenerKind, answers: unknown): ScreenerProblem[] {
  const screener = SCREENERS[kind];
  if (screener === undefined) return [{ path: 'kind', message: `Unknown screener ${JSON.stringify(kind)}; expected PHQ9 or GAD7` }];
  const { name, itemCount } = screener;
  if (!Array.isArray(answers)) {
    return [{ path: 'answers', message: `${name} answers must be a list of ${itemCount} numbers from 0 to ${MAX_ANSWER}` }];
  }
  const problems: ScreenerProblem[] = [];
  if (answers.length !== itemCount) {
    const got = `${answers.length} answer${answers.length === 1 ? '' : 's'}`;
    problems.push({ path: 'answers', message: `${name} has ${itemCount} questions; got ${got}` });
  }
  // Answers past the last question are covered by the count problem.
  answers.slice(0, itemCount).forEach((answer: unknown, index) => {
    const item = index + 1;
    const path = `answers[${index}]`;
    if (typeof answer !== 'number' || !Number.isInteger(answer)) {
      problems.push({ path, message: `item ${item} must be a whole number from 0 to ${MAX_ANSWER}` });
    } else if (answer < 0 || answer > MAX_ANSWER) {
      problems.push({ path, message: `item ${item} must be 0–${MAX_ANSWER}` });
    }
  });
  return problems;
}

function totalOrThrow(kind: ScreenerKind, answers: number[]): number {
  const problems = validateScreenerAnswers(kind, answers);
  if (problems.length > 0) {
    throw new RangeError(`Cannot score ${SCREENERS[kind].name}: ${problems.map((problem) => problem.message).join('; ')}`);
  }
  return answers.reduce((sum, answer) => sum + answer, 0);
}

function bandOf<Band extends string>(bands: readonly ScreenerBand<Band>[], total: number): ScreenerBand<Band> {
  const found = bands.find((band) => total >= band.minTotal && total <= band.maxTotal);
  // Unreachable after validation: the bands cover every possible total.
  if (found === undefined) throw new RangeError(`No band for total ${total}`);
  return found;
}

/** PHQ-9 (depression): nine answers 0–3, total 0–27. Throws a RangeError for invalid answers. */
export function scorePhq9(answers: number[]): Phq9Result {
  const total = totalOrThrow('PHQ9', answers);
  const { band, label } = bandOf(PHQ9_BANDS, total);
  return { total, band, bandLabel: label, selfHarmItemPositive: answers[SELF_HARM_ITEM_INDEX] > 0 };
}

/** GAD-7 (anxiety): seven answers 0–3, total 0–21. Throws a RangeError for invalid answers. */
export function scoreGad7(answers: number[]): Gad7Result {
  const total = totalOrThrow('GAD7', answers);
  const { band, label } = bandOf(GAD7_BANDS, total);
  return { total, band, bandLabel: label };
}
