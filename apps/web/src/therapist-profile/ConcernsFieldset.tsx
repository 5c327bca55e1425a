import { Fieldset, MultiSelect, Stack } from '@mantine/core';
import { useMemo } from 'react';
import type { TaxonomyLookups } from '../taxonomy/taxonomy-lookups';
import { concernOptions } from './concern-options';
import { MAX_SPECIALTIES, type ProfileForm } from './profile-form-values';
import { PROFILE_LIMITS } from './profile-validation';

function specialtiesHint(chosen: number): string {
  if (chosen >= MAX_SPECIALTIES) {
    return `${MAX_SPECIALTIES} of ${MAX_SPECIALTIES} chosen: that's the most. Remove one to pick another, or add more concerns below.`;
  }
  return `Up to ${MAX_SPECIALTIES}: the concerns you know best, shown first on your profile. ${chosen} of ${MAX_SPECIALTIES} chosen.`;
}

export function ConcernsFieldset({ form, taxonomy }: { form: ProfileForm; taxonomy: TaxonomyLookups }) {
  const { specialtyConcerns, treatedConcerns } = form.values;
  const specialtyData = useMemo(() => concernOptions(taxonomy), [taxonomy]);
  const treatedData = useMemo(() => concernOptions(taxonomy, specialtyConcerns), [taxonomy, specialtyConcerns]);

  // A concern sits at one level: making it a specialty takes it off the "also treat" list.
  function changeSpecialties(codes: string[]) {
    form.setFieldValue('specialtyConcerns', codes);
    form.setFieldValue(
      'treatedConcerns',
      treatedConcerns.filter((code) => !codes.includes(code)),
    );
  }

  return (
    <Fieldset legend="What you help with">
      <Stack gap="md">
        <MultiSelect
          label={`Specialties (up to ${MAX_SPECIALTIES})`}
          description={specialtiesHint(specialtyConcerns.length)}
          placeholder={specialtyConcerns.length < MAX_SPECIALTIES ? 'Search concerns' : undefined}
          data={specialtyData}
          maxValues={MAX_SPECIALTIES}
          searchable
          hidePickedOptions
          nothingFoundMessage="No concern matches"
          {...form.getInputProps('specialtyConcerns')}
          onChange={changeSpecialties}
        />
        <MultiSelect
          label="Other concerns you treat"
          description={`Optional, up to ${PROFILE_LIMITS.treatedConcerns}. Clients searching for these can find you too.`}
          placeholder="Search concerns"
          data={treatedData}
          maxValues={PROFILE_LIMITS.treatedConcerns}
          searchable
          hidePickedOptions
          nothingFoundMessage="No concern matches"
          {...form.getInputProps('treatedConcerns')}
        />
      </Stack>
    </Fieldset>
  );
}
