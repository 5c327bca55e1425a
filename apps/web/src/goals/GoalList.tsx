import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { formatInstantDate } from '../format/dates';
import type { Goal } from './goals-data';
import { archiveGoalMutation } from './goals.operations';

interface GoalListProps {
  goals: readonly Goal[];
  onArchived(goal: Goal): void;
  onError(message: string): void;
}

/** The goals being worked on, each with a way to set it aside. */
export function GoalList({ goals, onArchived, onError }: GoalListProps) {
  const [{ fetching, operation }, archiveGoal] = useMutation(archiveGoalMutation);

  async function archive(goal: Goal) {
    const result = await archiveGoal({ id: goal.id });
    if (result.error) onError(describeGraphqlError(result.error).message ?? 'Please try again.');
    else onArchived(goal);
  }

  if (goals.length === 0) return <Text>No goals yet. Add one below: small, concrete ones work well.</Text>;
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {goals.map((goal) => (
        <Paper key={goal.id} component="li" withBorder p="sm" radius="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={2}>
              <Text>{goal.text}</Text>
              <Text size="xs" c="dimmed">
                Added {formatInstantDate(goal.createdAt)}
              </Text>
            </Stack>
            <Button
              variant="subtle"
              size="sm"
              onClick={() => archive(goal)}
              loading={fetching && operation?.variables.id === goal.id}
              aria-label={`Archive goal: ${goal.text}`}
            >
              Archive
            </Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
