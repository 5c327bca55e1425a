import { Paper, Stack, Text, Title } from '@mantine/core';
import { SignInTabs } from '../auth/SignInTabs';
import { CrisisLink } from '../crisis/CrisisLink';

// Unlike the sign-up and log-in pages, signing in here goes nowhere: the fresh
// session shows the wizard (and any saved answers) in place.
function stayOnIntake() {}

/** For signed-out visitors: why an account comes first, and a way to make one without leaving. */
export function IntakeSignInGate() {
  return (
    <Stack gap="lg" maw={560}>
      <Stack gap="xs">
        <Title order={1}>Let’s find a therapist who fits you</Title>
        <Text size="lg">
          A few gentle questions come next, about what’s on your mind and what you’re looking for.
        </Text>
        <Text>
          First, please create a free account or log in. Your answers are personal health information, so we keep
          them private and tied to you: only you, and a therapist you choose to book, can see them.
        </Text>
        <CrisisLink />
      </Stack>
      <Paper withBorder p="lg" radius="md">
        <SignInTabs onSignedIn={stayOnIntake} />
      </Paper>
    </Stack>
  );
}
