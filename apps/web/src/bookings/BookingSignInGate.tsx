import { Paper, Stack, Tabs, Text } from '@mantine/core';
import { LogInForm } from '../auth/LogInForm';
import { SignUpForm } from '../auth/SignUpForm';

// Signing in here stays on the page: the chosen time is in the address, so the review comes back as it was.
function stayHere() {}

/** For visitors who are not signed in: an account comes first, without leaving the chosen time. */
export function BookingSignInGate() {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Text fw={600}>Log in or create a free account to hold this time.</Text>
        <Text size="sm">You come straight back to this time afterwards.</Text>
        <Tabs defaultValue="signup" keepMounted={false}>
          <Tabs.List grow mb="md">
            <Tabs.Tab value="signup">Create an account</Tabs.Tab>
            <Tabs.Tab value="login">I have an account</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="signup">
            <SignUpForm role="CLIENT" onSignedIn={stayHere} submitLabel="Create account and continue" />
          </Tabs.Panel>
          <Tabs.Panel value="login">
            <LogInForm onSignedIn={stayHere} submitLabel="Log in and continue" />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Paper>
  );
}
