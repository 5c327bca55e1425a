import { List, Stack, Text } from '@mantine/core';
import { CrisisPanel } from '../../crisis/CrisisPanel';
import { INTAKE_STEPS, type IntakeStepId } from '../intake-steps';
import { reviewLines } from '../review-summary';
import { ReviewItem } from '../ReviewItem';
import { selfHarmPositive } from '../screener-answers';
import type { StepProps } from '../step-props';

export function ReviewStep({ draft, taxonomy, onEdit }: StepProps & { onEdit(step: IntakeStepId): void }) {
  const answeredSteps = INTAKE_STEPS.filter((step) => step.id !== 'review');
  return (
    <Stack gap="md">
      {selfHarmPositive(draft.phq9) && <CrisisPanel headingLevel={3} />}
      <Text>Here’s what you told us. Change anything you like, then we’ll show you therapists who fit.</Text>
      {answeredSteps.map((step) => {
        const lines = reviewLines(step.id, draft, taxonomy);
        return (
          <ReviewItem key={step.id} title={step.title} changeLabel={`Change: ${step.title}`} onChange={() => onEdit(step.id)}>
            {lines.length === 1 ? (
              lines[0]
            ) : (
              <List size="sm" spacing={2}>
                {lines.map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
            )}
          </ReviewItem>
        );
      })}
    </Stack>
  );
}
