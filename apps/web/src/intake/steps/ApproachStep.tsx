import { Checkbox, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ModalityChoice } from '../intake-draft';
import type { StepProps } from '../step-props';

export function ApproachStep({ draft, errors, update, taxonomy }: StepProps) {
  const choosing = draft.modalityChoice === 'CHOOSE';
  return (
    <Stack gap="lg">
      <Text>
        Therapists work in different ways. Most people don’t know which would suit them, and that’s completely
        fine: we’ll favour approaches with good research behind them for what you’re going through.
      </Text>
      <Radio.Group
        label="Do you have an approach in mind?"
        value={draft.modalityChoice}
        onChange={(value) => update({ modalityChoice: value as ModalityChoice })}
      >
        <Stack gap="sm" mt="xs">
          <Radio value="EVIDENCE" label="Not sure — recommend based on evidence" />
          <Radio value="CHOOSE" label="Yes, I’d like to choose" />
        </Stack>
      </Radio.Group>
      {choosing && (
        <Checkbox.Group
          label="Approaches you’d like"
          description="Choose any that appeal to you."
          value={draft.preferredModalities}
          onChange={(value) => update({ preferredModalities: value })}
          error={errors.preferredModalities}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="sm">
            {taxonomy.data.modalities.map((modality) => (
              <Checkbox key={modality.code} value={modality.code} label={modality.name} description={modality.description} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      )}
    </Stack>
  );
}
