import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../app/paths';
import { usePageTitle } from '../layout/use-page-title';

export function NotAllowedPage() {
  usePageTitle('Not available to you');
  return (
    <Stack gap="sm">
      <Title order={1}>This page isn't available to you</Title>
      <Text>
        It's for a different kind of account, so there's nothing here for you to do.{' '}
        <Anchor component={Link} to={paths.home}>
          Go to your home page
        </Anchor>
      </Text>
    </Stack>
  );
}
