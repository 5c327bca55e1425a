import { Stack, Title } from '@mantine/core';
import { SaveProfileFirstAlert } from '../therapist-profile/SaveProfileFirstAlert';

/** Availability belongs to a profile: shown to a therapist who has not saved one yet. */
export function ProfileFirstNotice() {
  return (
    <Stack gap="md">
      <Title order={1}>Availability</Title>
      <SaveProfileFirstAlert reason="Your hours belong to your profile." then="set your availability" />
    </Stack>
  );
}
