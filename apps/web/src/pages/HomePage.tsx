import { Stack, Text, Title } from '@mantine/core';
import { SessionRatingCard } from '../alliance/SessionRatingCard';
import { roleLabel, type CurrentUser } from '../auth/current-user';
import { usePageTitle } from '../layout/use-page-title';

export function HomePage({ me }: { me: CurrentUser }) {
  usePageTitle('Home');
  return (
    <Stack gap="sm">
      <Title order={1}>Welcome to Rapport</Title>
      <Text size="lg">
        Signed in as <strong>{me.email}</strong> ({roleLabel(me.role)})
      </Text>
      <Text>Times are shown in your time zone: {me.timeZone}.</Text>
      {me.role === 'CLIENT' && <SessionRatingCard timeZone={me.timeZone} />}
    </Stack>
  );
}
