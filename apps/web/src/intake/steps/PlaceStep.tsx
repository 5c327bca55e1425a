import { Radio, Stack } from '@mantine/core';
import type { IntakeFormat } from '../../gql/graphql';
import { FORMAT_OPTIONS } from '../intake-options';
import { JurisdictionSelect } from '../JurisdictionSelect';
import { LocationFields } from '../LocationFields';
import type { StepProps } from '../step-props';

export function PlaceStep({ draft, errors, update, taxonomy }: StepProps) {
  return (
    <Stack gap="lg">
      <JurisdictionSelect
        taxonomy={taxonomy}
        label="Where will you be for sessions?"
        description="Therapists can only see you in a state where they’re licensed, even by video."
        required
        value={draft.jurisdiction}
        onChange={(jurisdiction) => update({ jurisdiction })}
        error={errors.jurisdiction}
        maw={360}
      />
      <Radio.Group
        label="How would you like to meet?"
        value={draft.format}
        onChange={(value) => update({ format: value as IntakeFormat })}
        error={errors.format}
      >
        <Stack gap="sm" mt="xs">
          {FORMAT_OPTIONS.map((option) => (
            <Radio key={option.value} value={option.value} label={option.label} description={option.description} />
          ))}
        </Stack>
      </Radio.Group>
      {draft.format === 'IN_PERSON' && (
        <LocationFields location={draft.location} errors={errors} onChange={(location) => update({ location })} />
      )}
    </Stack>
  );
}
