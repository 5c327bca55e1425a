import { List, Text } from '@mantine/core';
import type { Goal } from './goals-data';

/** Goals set aside: kept, because their history still shows in the chart. */
export function ArchivedGoals({ goals }: { goals: readonly Goal[] }) {
  if (goals.length === 0) return null;
  return (
    <details>
      <summary>
        <Text span size="sm" fw={600}>
          Archived goals ({goals.length})
        </Text>
      </summary>
      <List size="sm" mt="xs" spacing={2}>
        {goals.map((goal) => (
          <List.Item key={goal.id}>{goal.text}</List.Item>
        ))}
      </List>
    </details>
  );
}
