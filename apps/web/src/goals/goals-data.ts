import { formatInstantInFull, formatMonthDay } from '../format/dates';
import type { MyGoalsFieldsFragment } from '../gql/graphql';
import type { LineSeries } from './LineChart';

export type MyGoals = MyGoalsFieldsFragment;
export type Goal = MyGoals['goals'][number];
export type CheckIn = MyGoals['checkIns'][number];
export type IntakeScores = NonNullable<MyGoals['intakeScores']>;

/** One point of the questionnaire chart: the intake's answers, then each check-in. */
export interface ScorePoint {
  label: string;
  tableLabel: string;
  phq9: { total: number; bandLabel: string } | null;
  gad7: { total: number; bandLabel: string } | null;
}

/** The intake's scores first (where the client started), then every check-in, oldest first. */
export function scorePoints(intakeScores: IntakeScores | null | undefined, checkIns: readonly CheckIn[]): ScorePoint[] {
  const start: ScorePoint[] = intakeScores
    ? [{ label: 'Intake', tableLabel: `Intake, ${fullDate(intakeScores.takenAt)}`, phq9: intakeScores.phq9 ?? null, gad7: intakeScores.gad7 ?? null }]
    : [];
  return [
    ...start,
    ...checkIns.map((checkIn) => ({ label: shortDate(checkIn.createdAt), tableLabel: fullDate(checkIn.createdAt), phq9: checkIn.phq9 ?? null, gad7: checkIn.gad7 ?? null })),
  ];
}

/** "Mar 4", in the viewer's zone. */
export const shortDate = (iso: string): string => formatMonthDay(iso);

/** "March 4, 2026 at 4:05 PM", in the viewer's zone. */
export const fullDate = (iso: string): string => formatInstantInFull(iso);

export const PHQ9_SERIES = 'PHQ-9 total (mood, 0–27)';
export const GAD7_SERIES = 'GAD-7 total (worry, 0–21)';

/** PHQ-9 and GAD-7 totals per point (intake first); null where not answered. */
export function scoreSeries(points: readonly ScorePoint[]): LineSeries[] {
  return [
    { name: PHQ9_SERIES, values: points.map((point) => point.phq9?.total ?? null) },
    { name: GAD7_SERIES, values: points.map((point) => point.gad7?.total ?? null) },
  ];
}

/** "7 (mild)" for the table: the total with its published band. */
export function scoreWithBand(points: readonly ScorePoint[], seriesIndex: number, pointIndex: number, value: number): string {
  const result = seriesIndex === 0 ? points[pointIndex]?.phq9 : points[pointIndex]?.gad7;
  return result ? `${value} (${result.bandLabel.toLowerCase()})` : String(value);
}

export function hasScores(points: readonly ScorePoint[]): boolean {
  return points.some((point) => point.phq9 || point.gad7);
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
