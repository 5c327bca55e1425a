import { Button, Group } from '@mantine/core';

interface WizardNavProps {
  isFirst: boolean;
  isLast: boolean;
  submitting: boolean;
  onBack(): void;
}

/** Back and Next (a submit button, so Enter moves on); the last step's Next submits the intake. */
export function WizardNav({ isFirst, isLast, submitting, onBack }: WizardNavProps) {
  return (
    <Group justify="space-between" mt="md">
      {isFirst ? <span /> : (
        <Button variant="default" onClick={onBack} disabled={submitting}>
          Back
        </Button>
      )}
      <Button type="submit" loading={submitting}>
        {isLast ? 'See my matches' : 'Next'}
      </Button>
    </Group>
  );
}
