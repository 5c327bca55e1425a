import { Group, Radio } from '@mantine/core';
import type { Priority } from './intake-draft';
import { PRIORITY_OPTIONS } from './intake-options';

interface ConcernPriorityFieldProps {
  name: string;
  priority: Priority;
  error?: string;
  onChange(priority: Priority): void;
}

/** "How much does this matter?" for one chosen concern (3 = matters most). */
export function ConcernPriorityField({ name, priority, error, onChange }: ConcernPriorityFieldProps) {
  return (
    <Radio.Group
      label={name}
      value={String(priority)}
      onChange={(value) => onChange(Number(value) as Priority)}
      error={error}
    >
      <Group gap="md" mt={6}>
        {PRIORITY_OPTIONS.map((option) => (
          <Radio key={option.value} value={String(option.value)} label={option.label} />
        ))}
      </Group>
    </Radio.Group>
  );
}
