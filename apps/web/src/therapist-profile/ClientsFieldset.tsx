import { Checkbox, Fieldset, MultiSelect, SimpleGrid, Stack } from '@mantine/core';
import { useMemo } from 'react';
import type { TaxonomyLookups } from '../taxonomy/taxonomy-lookups';
import type { ProfileForm } from './profile-form-values';
import { PROFILE_LIMITS } from './profile-validation';

export function ClientsFieldset({ form, taxonomy }: { form: ProfileForm; taxonomy: TaxonomyLookups }) {
  const languageData = useMemo(
    () => taxonomy.data.languages.map((language) => ({ value: language.code, label: language.label })),
    [taxonomy],
  );
  return (
    <Fieldset legend="Who you work with">
      <Stack gap="md">
        <MultiSelect
          label="Languages you offer sessions in"
          description={`At least one, up to ${PROFILE_LIMITS.languages}.`}
          required
          data={languageData}
          maxValues={PROFILE_LIMITS.languages}
          searchable
          hidePickedOptions
          nothingFoundMessage="No language matches"
          {...form.getInputProps('languages')}
        />
        <Checkbox.Group label="Age groups" description="Clients are matched only to therapists who see their age group." {...form.getInputProps('ageGroups')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
            {taxonomy.data.ageGroups.map((group) => (
              <Checkbox key={group.code} value={group.code} label={group.label} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Checkbox.Group
          label="Communities you affirm or specialize in"
          description="Optional. Clients can ask for these as a preference."
          {...form.getInputProps('communities')}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
            {taxonomy.data.communities.map((community) => (
              <Checkbox key={community.code} value={community.code} label={community.label} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      </Stack>
    </Fieldset>
  );
}
