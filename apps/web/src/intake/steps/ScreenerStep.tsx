import { Button, Group, Stack, Text } from '@mantine/core';
import { SELF_HARM_ITEM_INDEX } from '@rapport/domain/screeners';
import { CrisisPanel } from '../../crisis/CrisisPanel';
import { ScreenerQuestions } from '../ScreenerQuestions';
import { answeredCount, emptyScreenerAnswers, SCREENER_ITEMS, selfHarmPositive, type ScreenerKind } from '../screener-answers';
import type { StepProps } from '../step-props';

const INTRODUCTIONS: Record<ScreenerKind, string> = {
  phq9:
    'These nine questions are the PHQ-9, a short, widely used questionnaire about low mood. It isn’t a test you can pass or fail, and it isn’t a diagnosis: it gives you and your therapist a starting point, and a way to notice change over time.',
  gad7:
    'These seven questions are the GAD-7, a short, widely used questionnaire about worry and anxiety. Like the last one, it isn’t a diagnosis: it’s a starting point you can look back on.',
};

export function ScreenerStep({ kind, draft, errors, update }: StepProps & { kind: ScreenerKind }) {
  const answers = draft[kind];
  const answered = answeredCount(answers);
  const total = SCREENER_ITEMS[kind].length;
  const showCrisis = kind === 'phq9' && selfHarmPositive(answers);

  return (
    <Stack gap="lg">
      <Text>{INTRODUCTIONS[kind]}</Text>
      <Text>
        <strong>This step is optional.</strong> Skip it with “Next” if you’d rather not answer. Only you, and a
        therapist you book with, can see your answers.
      </Text>
      {errors[kind] && (
        <Text c="var(--mantine-color-error)" size="sm" fw={600}>
          {errors[kind]}
        </Text>
      )}
      <ScreenerQuestions
        kind={kind}
        answers={answers}
        errors={errors}
        onChange={(next) => update({ [kind]: next })}
        afterItem={(index) => (showCrisis && index === SELF_HARM_ITEM_INDEX ? <CrisisPanel headingLevel={3} footer={<Text size="sm">Your answers are saved. You can keep going to see therapists whenever you’re ready.</Text>} /> : null)}
      />
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {answered === 0 ? 'Not answered: this step will be skipped.' : `${answered} of ${total} answered.`}
        </Text>
        {answered > 0 && (
          <Button variant="subtle" onClick={() => update({ [kind]: emptyScreenerAnswers(kind) })}>
            Clear my answers
          </Button>
        )}
      </Group>
    </Stack>
  );
}
