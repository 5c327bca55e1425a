import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../app/paths';

/** Availability belongs to a profile: shown to a therapist who has not saved one yet. */
export function ProfileFirstNotice() {
  return (
    <Stack gap="md">
      <Title order={1}>Availability</Title>
      <Alert color="yellow" variant="light" title="Save your profile first" role="note" styles={{ message: { color: 'var(--mantine-color-dark-8)' } }}>
        Your hours belong to your profile.{' '}
        <Anchor component={Link} to={paths.therapistProfile}>
          Fill in and save your profile
        </Anchor>
        , then come back to set your availability.
      </Alert>
    </Stack>
  );
}
