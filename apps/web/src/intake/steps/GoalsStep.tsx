import { Button, CloseButton, Group, Stack, Text, Textarea } from '@mantine/core';
import { MAX_GOAL_LENGTH, MAX_GOALS } from '../intake-draft';
import type { StepProps } from '../step-props';

export function GoalsStep({ draft, errors, update }: StepProps) {
  const { goals } = draft;

  function changeGoal(index: number, text: string) {
    update({ goals: goals.map((goal, position) => (position === index ? text : goal)) });
  }

  function removeGoal(index: number) {
    const rest = goals.filter((_, position) => position !== index);
    update({ goals: rest.length > 0 ? rest : [''] });
  }

  return (
    <Stack gap="md">
      <Text>
        In your own words, what would you like to be different? Small things count: “sleep through the night”,
        “stop dreading Mondays”. This step is optional, and your therapist can help you shape goals later.
      </Text>
      {errors.goals && (
        <Text c="var(--mantine-color-error)" size="sm">
          {errors.goals}
        </Text>
      )}
      {goals.map((goal, index) => (
        <Group key={index} align="flex-start" gap="xs" wrap="nowrap">
          <Textarea
            style={{ flex: 1 }}
            label={`Goal ${index + 1}`}
            description={`Optional. Up to ${MAX_GOAL_LENGTH} characters.`}
            autosize
            minRows={2}
            value={goal}
            onChange={(event) => changeGoal(index, event.currentTarget.value)}
            error={errors[`goals.${index}`]}
          />
          {goals.length > 1 && (
            <CloseButton mt={28} aria-label={`Remove goal ${index + 1}`} onClick={() => removeGoal(index)} />
          )}
        </Group>
      ))}
      {goals.length < MAX_GOALS && (
        <Group>
          <Button variant="default" onClick={() => update({ goals: [...goals, ''] })}>
            Add another goal
          </Button>
        </Group>
      )}
    </Stack>
  );
}
