import { formatInstantInFull, formatMonthDay } from '../format/dates';
import type { MyGoalsFieldsFragment } from '../gql/graphql';
import type { LineSeries } from './LineChart';

export type MyGoals = MyGoalsFieldsFragment;
export type Goal = MyGoals['goals'][number];
export type CheckIn = MyGoals['checkIns'][number];

/** "Mar 4", in the viewer's zone. */
export const shortDate = (iso: string): string => formatMonthDay(iso);

/** "March 4, 2026 at 4:05 PM", in the viewer's zone. */
export const fullDate = (iso: string): string => formatInstantInFull(iso);

export const PHQ9_SERIES = 'PHQ-9 total (mood, 0–27)';
export const GAD7_SERIES = 'GAD-7 total (worry, 0–21)';

/** PHQ-9 and GAD-7 totals per check-in (oldest first); null where not re-taken. */
export function scoreSeries(checkIns: readonly CheckIn[]): LineSeries[] {
  return [
    { name: PHQ9_SERIES, values: checkIns.map((checkIn) => checkIn.phq9?.total ?? null) },
    { name: GAD7_SERIES, values: checkIns.map((checkIn) => checkIn.gad7?.total ?? null) },
  ];
}

/** "7 (mild)" for the table: the total with its published band. */
export function scoreWithBand(checkIns: readonly CheckIn[], seriesIndex: number, pointIndex: number, value: number): string {
  const result = seriesIndex === 0 ? checkIns[pointIndex]?.phq9 : checkIns[pointIndex]?.gad7;
  return result ? `${value} (${result.bandLabel.toLowerCase()})` : String(value);
}

export function hasScores(checkIns: readonly CheckIn[]): boolean {
  return checkIns.some((checkIn) => checkIn.phq9 || checkIn.gad7);
}

/** Progress (0–10) per goal per check-in, for goals rated at least once. */
export function goalSeries(goals: readonly Goal[], checkIns: readonly CheckIn[]): LineSeries[] {
  return goals.flatMap((goal) => {
    const values = checkIns.map((checkIn) => checkIn.goalProgress.find((entry) => entry.goalId === goal.id)?.progress ?? null);
    return values.some((value) => value !== null) ? [{ name: goal.archived ? `${goal.text} (archived)` : goal.text, values }] : [];
  });
}

/** The progress last given to each goal, to start the next check-in from. */
export function lastProgress(checkIns: readonly CheckIn[]): Map<string, number> {
  const latest = new Map<string, number>();
  for (const checkIn of checkIns) for (const entry of checkIn.goalProgress) latest.set(entry.goalId, entry.progress);
  return latest;
}
