import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../app/paths';
import { usePageTitle } from '../layout/use-page-title';

/** Shown for a profile that does not exist or is not public (never says which). */
export function TherapistUnavailable() {
  usePageTitle('Therapist not available');
  return (
    <Stack gap="sm" maw={640}>
      <Title order={1}>This therapist isn't available</Title>
      <Text>
        Their profile may not be public yet, or they may have stepped away from Rapport for now. We're sorry for the
        detour: there are other licensed therapists who could be a good fit for you.
      </Text>
      <Text>
        <Anchor component={Link} to={paths.home}>
          Go to the home page
        </Anchor>
      </Text>
    </Stack>
  );
}
