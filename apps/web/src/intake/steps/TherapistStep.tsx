import { Checkbox, Group, MultiSelect, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { TherapistGender } from '../../gql/graphql';
import { GENDER_OPTIONS } from '../intake-options';
import type { StepProps } from '../step-props';

export function TherapistStep({ draft, errors, update, taxonomy }: StepProps) {
  const languages = useMemo(
    () => taxonomy.data.languages.map((language) => ({ value: language.code, label: language.label })),
    [taxonomy],
  );
  const ageGroups = useMemo(
    () => [{ value: '', label: 'Prefer not to say' }, ...taxonomy.data.ageGroups.map((group) => ({ value: group.code, label: group.label }))],
    [taxonomy],
  );

  return (
    <Stack gap="lg">
      <Text>Feeling at ease with your therapist matters. Everything here is optional: leave it blank for no preference.</Text>
      <MultiSelect
        label="Languages you’d like to speak in sessions"
        description="We only show therapists who offer one of these."
        placeholder={draft.languages.length === 0 ? 'Any language' : undefined}
        data={languages}
        value={draft.languages}
        onChange={(value) => update({ languages: value })}
        searchable
        hidePickedOptions
        nothingFoundMessage="No language matches"
        error={errors.languages}
      />
      <Checkbox.Group
        label="I’d feel most comfortable with"
        description="Leave all unticked for no preference."
        value={draft.genderPreference}
        onChange={(value) => update({ genderPreference: value as TherapistGender[] })}
        error={errors.genderPreference}
      >
        <Group gap="lg" mt="xs">
          {GENDER_OPTIONS.map((option) => (
            <Checkbox key={option.value} value={option.value} label={option.label} />
          ))}
        </Group>
      </Checkbox.Group>
      <Checkbox.Group
        label="Communities you’d like your therapist to understand"
        description="We favour therapists who affirm or specialise in these."
        value={draft.communities}
        onChange={(value) => update({ communities: value })}
        error={errors.communities}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
          {taxonomy.data.communities.map((community) => (
            <Checkbox key={community.code} value={community.code} label={community.label} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <NativeSelect
        label="Who is the therapy for?"
        description="Some therapists see only certain ages."
        data={ageGroups}
        value={draft.ageGroup}
        onChange={(event) => update({ ageGroup: event.currentTarget.value })}
        error={errors.ageGroup}
        maw={360}
      />
    </Stack>
  );
}
