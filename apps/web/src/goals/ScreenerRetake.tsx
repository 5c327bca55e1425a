import { Checkbox, Stack } from '@mantine/core';
import { SELF_HARM_ITEM_INDEX } from '@rapport/domain/screeners';
import { CrisisPanel } from '../crisis/CrisisPanel';
import { ScreenerQuestions } from '../intake/ScreenerQuestions';
import { selfHarmPositive, type ScreenerAnswers, type ScreenerKind } from '../intake/screener-answers';

interface ScreenerRetakeProps {
  kind: ScreenerKind;
  label: string;
  answers: ScreenerAnswers | null;
  errors: Record<string, string>;
  onChange(answers: ScreenerAnswers | null): void;
  emptyAnswers: ScreenerAnswers;
}

/** An optional re-take of PHQ-9 or GAD-7 in a check-in; PHQ-9 item 9 brings up the crisis lines at once. */
export function ScreenerRetake({ kind, label, answers, errors, onChange, emptyAnswers }: ScreenerRetakeProps) {
  const showCrisis = kind === 'phq9' && answers !== null && selfHarmPositive(answers);
  return (
    <Stack gap="sm">
      <Checkbox label={label} checked={answers !== null} onChange={(event) => onChange(event.currentTarget.checked ? emptyAnswers : null)} />
      {answers !== null && (
        <ScreenerQuestions
          kind={kind}
          answers={answers}
          errors={errors}
          onChange={onChange}
          afterItem={(index) => (showCrisis && index === SELF_HARM_ITEM_INDEX ? <CrisisPanel headingLevel={3} /> : null)}
        />
      )}
    </Stack>
  );
}
