import { NumberInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import type { CostChoice } from '../intake-draft';
import { MAX_INSURANCE_LENGTH } from '../intake-draft';
import { COST_OPTIONS } from '../intake-options';
import type { StepProps } from '../step-props';

export function CostStep({ draft, errors, update }: StepProps) {
  return (
    <Stack gap="lg">
      <Text>Therapy should fit your budget as well as your needs. There’s no wrong answer here.</Text>
      <Radio.Group
        label="What can you spend on a session?"
        value={draft.costChoice}
        onChange={(value) => update({ costChoice: value as CostChoice })}
        error={errors.costChoice}
      >
        <Stack gap="sm" mt="xs">
          {COST_OPTIONS.map((option) => (
            <Radio key={option.value} value={option.value} label={option.label} description={option.description} />
          ))}
        </Stack>
      </Radio.Group>
      {draft.costChoice === 'BUDGET' && (
        <NumberInput
          label="Most you can pay per session (USD)"
          description="In dollars, e.g. 120."
          prefix="$"
          min={1}
          allowNegative={false}
          decimalScale={2}
          value={draft.budgetDollars}
          onChange={(value) => update({ budgetDollars: typeof value === 'number' ? value : '' })}
          error={errors.budgetDollars}
          required
          maw={280}
        />
      )}
      <TextInput
        label="Insurance (optional)"
        description="The name of your plan, if you’d like to use it. Leave blank to see everyone."
        maxLength={MAX_INSURANCE_LENGTH + 20}
        value={draft.insurance}
        onChange={(event) => update({ insurance: event.currentTarget.value })}
        error={errors.insurance}
        maw={420}
      />
    </Stack>
  );
}
