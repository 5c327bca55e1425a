import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../app/paths';
import { usePageTitle } from '../layout/use-page-title';

export function SignInRequiredPage() {
  usePageTitle('Please log in');
  return (
    <Stack gap="sm">
      <Title order={1}>Please log in to see this page</Title>
      <Text>
        <Anchor component={Link} to={paths.logIn}>
          Log in
        </Anchor>{' '}
        or{' '}
        <Anchor component={Link} to={paths.signUp}>
          create an account
        </Anchor>{' '}
        to continue.
      </Text>
    </Stack>
  );
}
