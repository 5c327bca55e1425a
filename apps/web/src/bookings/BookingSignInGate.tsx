import { Paper, Stack, Text } from '@mantine/core';
import { SignInTabs } from '../auth/SignInTabs';

// Signing in here stays on the page: the chosen time is in the address, so the review comes back as it was.
function stayHere() {}

/** For visitors who are not signed in: an account comes first, without leaving the chosen time. */
export function BookingSignInGate() {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Text fw={600}>Log in or create a free account to hold this time.</Text>
        <Text size="sm">You come straight back to this time afterwards.</Text>
        <SignInTabs onSignedIn={stayHere} />
      </Stack>
    </Paper>
  );
}
