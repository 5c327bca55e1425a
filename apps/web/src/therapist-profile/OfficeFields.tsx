import { Fieldset, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { ProfileForm } from './profile-form-values';

/** Shown when in-person sessions are offered. No geocoder: coordinates are typed in. */
export function OfficeFields({ form }: { form: ProfileForm }) {
  return (
    <Fieldset legend="Office for in-person sessions" variant="filled">
      <Stack gap="md">
        <TextInput
          label="Office address"
          description="Street, city, state and ZIP, as clients should type it into a map."
          required
          autoComplete="street-address"
          {...form.getInputProps('officeAddress')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label="Latitude"
            description="e.g. 40.7365"
            required
            decimalScale={6}
            min={-90}
            max={90}
            hideControls
            {...form.getInputProps('officeLatitude')}
          />
          <NumberInput
            label="Longitude"
            description="e.g. -73.9881"
            required
            decimalScale={6}
            min={-180}
            max={180}
            hideControls
            {...form.getInputProps('officeLongitude')}
          />
        </SimpleGrid>
        <p style={{ margin: 0, fontSize: 'var(--mantine-font-size-sm)' }}>
          To find them, open your office in a map app and right-click (or long-press) the spot: most apps show or copy
          the latitude and longitude. They are used to match clients who want someone nearby.
        </p>
      </Stack>
    </Fieldset>
  );
}
