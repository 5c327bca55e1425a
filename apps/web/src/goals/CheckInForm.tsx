import { Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { completeAnswers, emptyScreenerAnswers, type ScreenerAnswers } from '../intake/screener-answers';
import { ErrorAlert } from '../layout/ErrorAlert';
import { useFocusFirstError } from '../layout/focus-first-error';
import { MAX_NOTE_LENGTH, screenerErrors } from './check-in-validation';
import { lastProgress, type CheckIn, type Goal } from './goals-data';
import { addGoalCheckInMutation } from './goals.operations';
import { GoalRatingField } from './GoalRatingField';
import { ScreenerRetake } from './ScreenerRetake';

interface CheckInFormProps {
  goals: readonly Goal[];
  checkIns: readonly CheckIn[];
  onSaved(): void;
}

/** A check-in: each goal rated 0–10 (starting from last time), optional PHQ-9 / GAD-7, a note. */
export function CheckInForm({ goals, checkIns, onSaved }: CheckInFormProps) {
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [{ fetching }, addCheckIn] = useMutation(addGoalCheckInMutation);
  const [ratings, setRatings] = useState<Record<string, number>>({});
  const [phq9, setPhq9] = useState<ScreenerAnswers | null>(null);
  const [gad7, setGad7] = useState<ScreenerAnswers | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const previous = lastProgress(checkIns);
  const ratingOf = (goal: Goal) => ratings[goal.id] ?? previous.get(goal.id) ?? 0;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const found = {
      ...screenerErrors('phq9', phq9),
      ...screenerErrors('gad7', gad7),
      ...(note.trim().length > MAX_NOTE_LENGTH ? { note: `Please keep the note to ${MAX_NOTE_LENGTH} characters.` } : {}),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstError();
    if (goals.length === 0 && !phq9 && !gad7) {
      setFormError('Add a goal, or tick a questionnaire to re-take, so there is something to record.');
      return;
    }
    const result = await addCheckIn({
      input: {
        goalProgress: goals.map((goal) => ({ goalId: goal.id, progress: ratingOf(goal) })),
        phq9: phq9 && completeAnswers(phq9),
        gad7: gad7 && completeAnswers(gad7),
        note: note.trim() || null,
      },
    });
    if (result.error) {
      setFormError(describeGraphqlError(result.error).message);
      return;
    }
    setRatings({});
    setPhq9(null);
    setGad7(null);
    setNote('');
    onSaved();
  }

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md">
      <form ref={formRef} onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3" id={headingId}>
            Check in
          </Title>
          <Text>How are things going? There are no right answers: this is just for you and your therapist.</Text>
          {goals.length > 0 && (
            <Stack gap="xs">
              <Title order={3} size="h5">
                How close are you to each goal?
              </Title>
              {goals.map((goal) => (
                <GoalRatingField
                  key={goal.id}
                  goalText={goal.text}
                  value={ratingOf(goal)}
                  onChange={(value) => setRatings((current) => ({ ...current, [goal.id]: value }))}
                />
              ))}
            </Stack>
          )}
          <ScreenerRetake
            kind="phq9"
            label="Re-take the mood questions (PHQ-9, optional)"
            answers={phq9}
            errors={errors}
            onChange={setPhq9}
            emptyAnswers={emptyScreenerAnswers('phq9')}
          />
          <ScreenerRetake
            kind="gad7"
            label="Re-take the worry questions (GAD-7, optional)"
            answers={gad7}
            errors={errors}
            onChange={setGad7}
            emptyAnswers={emptyScreenerAnswers('gad7')}
          />
          <Textarea
            label="Note (optional)"
            description="Anything you want to remember about this week."
            autosize
            minRows={2}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={errors.note}
          />
          <ErrorAlert title="We couldn't save your check-in" message={formError} />
          <Button type="submit" loading={fetching} style={{ alignSelf: 'flex-start' }}>
            Save check-in
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
