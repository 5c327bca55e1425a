import { Box, Checkbox, Fieldset, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { TaxonomyLookups } from '../taxonomy/taxonomy-lookups';
import type { ProfileForm } from './profile-form-values';
import { PROFILE_LIMITS } from './profile-validation';

/** Each approach with the two sentences clients will read, so therapists see what they are claiming. */
export function ModalitiesFieldset({ form, taxonomy }: { form: ProfileForm; taxonomy: TaxonomyLookups }) {
  const [filter, setFilter] = useState('');
  const chosen = form.values.modalities;
  const shown = useMemo(() => {
    const query = filter.trim().toLowerCase();
    if (!query) return taxonomy.data.modalities;
    // Chosen approaches stay visible, so filtering never hides what will be saved.
    return taxonomy.data.modalities.filter(
      (modality) => chosen.includes(modality.code) || `${modality.name} ${modality.shortName}`.toLowerCase().includes(query),
    );
  }, [taxonomy, filter, chosen]);

  return (
    <Fieldset legend="How you work">
      <Stack gap="sm">
        <TextInput
          label="Filter approaches"
          description="Type part of a name, e.g. CBT or family."
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value)}
          type="search"
        />
        <Checkbox.Group
          label="Approaches you use"
          description={`Up to ${PROFILE_LIMITS.modalities}. ${chosen.length} chosen. Clients see each one explained as written here.`}
          maxSelectedValues={PROFILE_LIMITS.modalities}
          {...form.getInputProps('modalities')}
        >
          <Box mah={420} style={{ overflowY: 'auto' }} mt="xs" pr="xs">
            <Stack gap="sm" py={4}>
              {shown.map((modality) => (
                <Checkbox key={modality.code} value={modality.code} label={modality.name} description={modality.description} />
              ))}
              {shown.length === 0 && <Text c="dimmed">No approach matches “{filter}”.</Text>}
            </Stack>
          </Box>
        </Checkbox.Group>
      </Stack>
    </Fieldset>
  );
}
