import { Fieldset, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { SCREENER_QUESTION_STEM, SCREENER_RESPONSE_OPTIONS } from '@rapport/domain/screeners';
import { Fragment, type ReactNode } from 'react';
import { SCREENER_ITEMS, type ScreenerAnswers, type ScreenerKind } from './screener-answers';

interface ScreenerQuestionsProps {
  kind: ScreenerKind;
  answers: ScreenerAnswers;
  /** Messages keyed `phq9.3`, `gad7.0`, … */
  errors: Record<string, string>;
  onChange(answers: ScreenerAnswers): void;
  /** Shown right after an item, e.g. crisis lines after PHQ-9 item 9. */
  afterItem?(index: number): ReactNode;
}

/** The standard PHQ-9 or GAD-7 items, each a group of four radio buttons under the shared question. */
export function ScreenerQuestions({ kind, answers, errors, onChange, afterItem }: ScreenerQuestionsProps) {
  const items = SCREENER_ITEMS[kind];
  function answer(index: number, value: number) {
    onChange(answers.map((current, position) => (position === index ? value : current)));
  }
  return (
    <Fieldset legend={SCREENER_QUESTION_STEM} variant="unstyled">
      <Stack gap="lg" mt="sm">
        {items.map((item, index) => (
          <Fragment key={item}>
            <Radio.Group
              label={
                <Text span fw={600}>
                  {index + 1}. {item}
                </Text>
              }
              value={answers[index] === null || answers[index] === undefined ? null : String(answers[index])}
              onChange={(value) => answer(index, Number(value))}
              error={errors[`${kind}.${index}`]}
            >
              <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="xs" mt="xs">
                {SCREENER_RESPONSE_OPTIONS.map((option) => (
                  <Radio key={option.value} value={String(option.value)} label={option.label} />
                ))}
              </SimpleGrid>
            </Radio.Group>
            {afterItem?.(index)}
          </Fragment>
        ))}
      </Stack>
    </Fieldset>
  );
}
