import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../app/paths';
import { usePageTitle } from '../layout/use-page-title';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <Stack gap="sm">
      <Title order={1}>We couldn't find that page</Title>
      <Text>
        The link may be old or mistyped.{' '}
        <Anchor component={Link} to={paths.home}>
          Go to the home page
        </Anchor>
      </Text>
    </Stack>
  );
}
