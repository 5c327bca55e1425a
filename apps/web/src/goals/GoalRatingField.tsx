import { Slider, Stack, Text } from '@mantine/core';
import { useId } from 'react';

interface GoalRatingFieldProps {
  goalText: string;
  value: number;
  onChange(value: number): void;
}

const MARKS = [
  { value: 0, label: '0' },
  { value: 5, label: '5' },
  { value: 10, label: '10' },
];

/** "How close are you to this goal?" from 0 (not at all) to 10 (fully there); arrow keys move it. */
export function GoalRatingField({ goalText, value, onChange }: GoalRatingFieldProps) {
  const labelId = useId();
  return (
    <Stack gap={4} pb="md">
      <Text id={labelId} fw={600} size="sm">
        {goalText}
      </Text>
      <Text size="xs" c="dimmed">
        0 = not at all, 10 = fully there. Now: {value}
      </Text>
      <Slider
        min={0}
        max={10}
        step={1}
        marks={MARKS}
        value={value}
        onChange={onChange}
        thumbLabel={`Progress on “${goalText}”, 0 to 10`}
        label={(current) => String(current)}
        maw={420}
      />
    </Stack>
  );
}
