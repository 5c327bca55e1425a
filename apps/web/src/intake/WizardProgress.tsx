import { Progress, Stack, Text } from '@mantine/core';

interface WizardProgressProps {
  /** Zero-based. */
  stepIndex: number;
  stepCount: number;
  stepTitle: string;
}

/** "Step 3 of 10" in words and as a bar; the bar's accessible value says the same. */
export function WizardProgress({ stepIndex, stepCount, stepTitle }: WizardProgressProps) {
  const stepNumber = stepIndex + 1;
  const label = `Step ${stepNumber} of ${stepCount}`;
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        {label}
        <Text span c="dimmed" fw={400}>
          {' '}
          · {stepTitle}
        </Text>
      </Text>
      {/* Mantine's own aria values say "30%"; a step count means more to a person. */}
      <Progress.Root
        size="md"
        role="progressbar"
        aria-label="Intake progress"
        aria-valuemin={1}
        aria-valuemax={stepCount}
        aria-valuenow={stepNumber}
        aria-valuetext={label}
      >
        <Progress.Section value={(stepNumber / stepCount) * 100} withAria={false} />
      </Progress.Root>
    </Stack>
  );
}
