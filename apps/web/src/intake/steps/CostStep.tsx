import { NumberInput, Radio, Select, Stack, Text } from '@mantine/core';
import type { CostChoice } from '../intake-draft';
import { COST_OPTIONS } from '../intake-options';
import { payerFilter, payerOptions } from '../../taxonomy/payer-options';
import type { StepProps } from '../step-props';

export function CostStep({ draft, errors, update, taxonomy }: StepProps) {
  const payers = payerOptions(taxonomy);
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
      <Select
        label="Insurance (optional)"
        description="Choose your plan to see only therapists in network with it. Leave empty to see everyone."
        placeholder="Search for your insurer, e.g. Aetna or BCBS"
        searchable
        clearable
        nothingFoundMessage="No insurer by that name. Leave this empty to see everyone."
        data={payers}
        filter={payerFilter(taxonomy)}
        value={payers.some((payer) => payer.value === draft.insurance) ? draft.insurance : null}
        onChange={(value) => update({ insurance: value ?? '' })}
        error={errors.insurance}
        maw={420}
        comboboxProps={{ withinPortal: true }}
      />
    </Stack>
  );
}
