import { Button, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../app/paths';
import { LogOutButton } from '../auth/LogOutButton';
import { useMe } from '../auth/use-me';

/** Right side of the header: who is signed in, their account page and "Log out", or the ways in. */
export function AccountActions() {
  const { me, loading } = useMe();
  if (loading) return null;

  if (me) {
    return (
      <Group gap={6} wrap="nowrap">
        <Text size="sm" c="dimmed" visibleFrom="sm" truncate="end" maw={260}>
          {me.email}
        </Text>
        {/* Narrow padding: burger, brand, Account and Log out share a 360 px wide phone. */}
        <Button component={Link} to={paths.account} variant="subtle" size="sm" px="xs">
          Account
        </Button>
        <LogOutButton />
      </Group>
    );
  }

  return (
    <Group gap="xs" wrap="nowrap">
      <Button component={Link} to={paths.logIn} variant="subtle" size="sm">
        Log in
      </Button>
      <Button component={Link} to={paths.signUp} size="sm">
        Get started
      </Button>
    </Group>
  );
}
