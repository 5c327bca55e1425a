import { Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { fullDate, goalSeries, hasScores, scorePoints, scoreSeries, scoreWithBand, shortDate, type CheckIn, type Goal, type IntakeScores } from './goals-data';
import { LineChart } from './LineChart';

/** Scores and goal progress over time, one chart each, once there is something to draw. */
interface ProgressChartsProps {
  goals: readonly Goal[];
  checkIns: readonly CheckIn[];
  /** The intake's PHQ-9 / GAD-7: the questionnaire chart's first point. */
  intakeScores: IntakeScores | null;
}

export function ProgressCharts({ goals, checkIns, intakeScores }: ProgressChartsProps) {
  const headingId = useId();
  const points = scorePoints(intakeScores, checkIns);
  const xLabels = checkIns.map((checkIn) => shortDate(checkIn.createdAt));
  const xTableLabels = checkIns.map((checkIn) => fullDate(checkIn.createdAt));
  const progress = goalSeries(goals, checkIns);

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Stack gap="lg">
        <Title order={2} size="h3" id={headingId}>
          Your progress over time
        </Title>
        {checkIns.length === 0 && (
          <Text>{hasScores(points) ? 'Your intake answers are the first point; each check-in adds one.' : 'Your first check-in starts these charts.'}</Text>
        )}
        {hasScores(points) && (
          <Stack gap={4}>
            <LineChart
              title="Questionnaire scores"
              headingOrder={3}
              xLabels={points.map((point) => point.label)}
              xTableLabels={points.map((point) => point.tableLabel)}
              xHeader="When"
              series={scoreSeries(points)}
              yMax={27}
              yStep={5}
              formatValue={(seriesIndex, pointIndex, value) => scoreWithBand(points, seriesIndex, pointIndex, value)}
            />
            <Text size="sm" c="dimmed">
              Lower scores mean fewer symptoms. Scores go up and down: the trend over weeks matters more than any one day.
            </Text>
          </Stack>
        )}
        {progress.length > 0 && (
          <LineChart
            title="Progress toward your goals (0 = not at all, 10 = fully there)"
            headingOrder={3}
            xLabels={xLabels}
            xTableLabels={xTableLabels}
            xHeader="Check-in"
            series={progress}
            yMax={10}
            yStep={2}
          />
        )}
      </Stack>
    </Paper>
  );
}
