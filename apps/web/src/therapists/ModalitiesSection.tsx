import { Stack, Text } from '@mantine/core';
import { ProfileSection } from './ProfileSection';
import type { TherapistProfileViewData } from './therapist-profile-view-data';

interface ModalitiesSectionProps {
  modalities: TherapistProfileViewData['modalities'];
  order: 2 | 3 | 4;
}

/** Each approach with its plain-language explanation, so clients know what to expect. */
export function ModalitiesSection({ modalities, order }: ModalitiesSectionProps) {
  if (modalities.length === 0) return null;
  return (
    <ProfileSection title="How I work" order={order}>
      <Stack component="dl" gap="sm" m={0}>
        {modalities.map((modality) => (
          <div key={modality.code}>
            <Text component="dt" fw={600}>
              {modality.name}
            </Text>
            <Text component="dd" m={0} size="sm">
              {modality.description}
            </Text>
          </div>
        ))}
      </Stack>
    </ProfileSection>
  );
}
