import { Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { CrisisPanel } from '../crisis/CrisisPanel';
import { ErrorAlert } from '../layout/ErrorAlert';
import { PageLoader } from '../layout/PageLoader';
import { feedback, StatusMessage, type Feedback } from '../layout/StatusMessage';
import { usePageTitle } from '../layout/use-page-title';
import { AddGoalForm } from './AddGoalForm';
import { ArchivedGoals } from './ArchivedGoals';
import { CheckInForm } from './CheckInForm';
import { GoalList } from './GoalList';
import { myGoalsQuery } from './goals.operations';
import { ProgressCharts } from './ProgressCharts';

/** `/goals`: the client's goals, check-ins, and how their scores and progress have moved. */
export function GoalsPage() {
  usePageTitle('Goals');
  const goalsHeadingId = useId();
  const [{ data, error, fetching }] = useQuery({ query: myGoalsQuery });
  const [message, setMessage] = useState<Feedback | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  if (!data && fetching) return <PageLoader label="Loading your goals" />;
  if (!data) return <ErrorAlert title="We couldn't load your goals" message={error ? describeGraphqlError(error).message : null} />;

  const { goals, checkIns } = data.myGoals;
  const active = goals.filter((goal) => !goal.archived);
  const archived = goals.filter((goal) => goal.archived);
  const latest = checkIns[checkIns.length - 1];

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>Your goals</Title>
        <Text>Keep track of what you’re working toward, and notice change over time.</Text>
      </Stack>
      {latest?.phq9?.selfHarmItemPositive && <CrisisPanel />}
      <StatusMessage feedback={message} onClose={() => setMessage(null)} />
      <ErrorAlert title="Something didn't work" message={actionError} />
      <Paper component="section" aria-labelledby={goalsHeadingId} withBorder p="md" radius="md">
        <Stack gap="md">
          <Title order={2} size="h3" id={goalsHeadingId}>
            What you’re working toward
          </Title>
          <GoalList
            goals={active}
            onArchived={(goal) => setMessage(feedback('Goal archived', `“${goal.text}” is archived. Its history stays in your charts.`))}
            onError={setActionError}
          />
          <AddGoalForm onAdded={(text) => setMessage(feedback('Goal added', `“${text}” is on your list.`))} />
          <ArchivedGoals goals={archived} />
        </Stack>
      </Paper>
      <CheckInForm goals={active} checkIns={checkIns} onSaved={() => setMessage(feedback('Check-in saved', 'Your charts below include it.'))} />
      <ProgressCharts goals={goals} checkIns={checkIns} intakeScores={data.myGoals.intakeScores ?? null} />
    </Stack>
  );
}
