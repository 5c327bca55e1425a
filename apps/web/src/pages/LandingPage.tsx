import { Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../app/paths';
import { CrisisLink } from '../crisis/CrisisLink';
import { usePageTitle } from '../layout/use-page-title';

export function LandingPage() {
  usePageTitle('Find a therapist who fits');
  return (
    <Stack gap="xl" py="lg" maw={640}>
      <CrisisLink />
      <Stack gap="sm">
        <Title order={1}>Find a therapist who fits you</Title>
        <Text size="lg">
          Going through something hard is easier with the right person beside you. Tell us a little about what's
          on your mind, and Rapport shows you licensed therapists who fit, explains why, and lets you book a time
          that works for you.
        </Text>
      </Stack>
      <Group>
        <Button component={Link} to={paths.intake} size="lg">
          Get started
        </Button>
        <Button component={Link} to={paths.logIn} size="lg" variant="default">
          Log in
        </Button>
      </Group>
      <Text>
        Or{' '}
        <Anchor component={Link} to={paths.directory}>
          browse the directory of therapists
        </Anchor>{' '}
        without an account.
      </Text>
      <Stack gap="xs">
        <Title order={2} size="h3">
          How it works
        </Title>
        <List spacing="xs">
          <List.Item>Share what you're going through and what you hope will change.</List.Item>
          <List.Item>See verified, licensed therapists matched to you, with the reasons.</List.Item>
          <List.Item>Book a session in their real calendar, online or in person.</List.Item>
        </List>
      </Stack>
      <Text size="sm" c="dimmed">
        If you are in crisis or thinking about harming yourself, call or text 988 (Suicide &amp; Crisis Lifeline,
        US) or your local emergency number now.
      </Text>
    </Stack>
  );
}
