import { NativeSelect, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { CITY_PRESETS, CUSTOM_LOCATION } from './city-presets';
import type { LocationDraft } from './intake-draft';
import type { IntakeErrors } from './intake-validation';

interface LocationFieldsProps {
  location: LocationDraft;
  errors: IntakeErrors;
  onChange(location: LocationDraft): void;
}

const CHOICES = [
  { value: '', label: 'Anywhere in my state' },
  ...CITY_PRESETS.map((preset) => ({ value: preset.id, label: `Near ${preset.label}` })),
  { value: CUSTOM_LOCATION, label: 'Somewhere else (enter coordinates)' },
];

/** For in-person sessions: a rough search area (a city, or coordinates typed by hand) and how far to travel. */
export function LocationFields({ location, errors, onChange }: LocationFieldsProps) {
  const change = (patch: Partial<LocationDraft>) => onChange({ ...location, ...patch });
  return (
    <Stack gap="md">
      <NativeSelect
        label="Where would you travel from?"
        description="Optional. We’ll show offices within reach of this point."
        data={CHOICES}
        value={location.choice}
        onChange={(event) => change({ choice: event.currentTarget.value })}
      />
      {location.choice === CUSTOM_LOCATION && (
        <>
          <Text size="sm">
            Any map app shows the latitude and longitude of a place: press and hold on it, then copy the numbers.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label="Latitude"
              description="Between -90 and 90, e.g. 40.71"
              decimalScale={5}
              min={-90}
              max={90}
              value={location.latitude}
              onChange={(value) => change({ latitude: typeof value === 'number' ? value : '' })}
              error={errors['location.latitude']}
              required
            />
            <NumberInput
              label="Longitude"
              description="Between -180 and 180, e.g. -74.01"
              decimalScale={5}
              min={-180}
              max={180}
              value={location.longitude}
              onChange={(value) => change({ longitude: typeof value === 'number' ? value : '' })}
              error={errors['location.longitude']}
              required
            />
          </SimpleGrid>
        </>
      )}
      {location.choice && (
        <NumberInput
          label="How far can you travel? (km)"
          description="1 to 200 km. 15 km is about 9 miles."
          min={1}
          max={200}
          allowDecimal={false}
          value={location.maxDistanceKm}
          onChange={(value) => change({ maxDistanceKm: typeof value === 'number' ? value : '' })}
          error={errors['location.maxDistanceKm']}
          maw={280}
        />
      )}
    </Stack>
  );
}
