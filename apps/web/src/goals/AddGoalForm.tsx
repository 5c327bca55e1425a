import { Button, Group, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { addGoalMutation } from './goals.operations';

const MAX_GOAL_LENGTH = 300;

/** A new goal in the person's own words. */
export function AddGoalForm({ onAdded }: { onAdded(text: string): void }) {
  const [{ fetching }, addGoal] = useMutation(addGoalMutation);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return setError('Write a goal first, in your own words.');
    if (trimmed.length > MAX_GOAL_LENGTH) return setError(`Please keep a goal to ${MAX_GOAL_LENGTH} characters.`);
    const result = await addGoal({ input: { text: trimmed } });
    if (result.error) return setError(describeGraphqlError(result.error, ['text']).fieldErrors.text ?? describeGraphqlError(result.error).message);
    setText('');
    setError(null);
    onAdded(trimmed);
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Group align="flex-end" gap="sm">
        <Textarea
          label="Add a goal"
          description="Something you’d like to be different, like “go for a walk three times a week”."
          autosize
          minRows={1}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setError(null);
          }}
          error={error}
          style={{ flex: '1 1 280px' }}
        />
        <Button type="submit" loading={fetching}>
          Add goal
        </Button>
      </Group>
    </form>
  );
}
