import { Stack, Text, Title } from '@mantine/core';
import { SessionRatingCard } from '../alliance/SessionRatingCard';
import { roleLabel, type CurrentUser } from '../auth/current-user';
import { AdminHome, ClientHome, TherapistHome } from '../home/RoleHomes';
import { usePageTitle } from '../layout/use-page-title';

/** `/` signed in: a home for each role. */
export function HomePage({ me }: { me: CurrentUser }) {
  usePageTitle('Home');
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>Welcome to Rapport</Title>
        <Text>
          Signed in as <strong>{me.email}</strong> ({roleLabel(me.role)}). Times are shown in your time zone: {me.timeZone}.
        </Text>
      </Stack>
      {me.role === 'CLIENT' && <SessionRatingCard timeZone={me.timeZone} />}
      {me.role === 'CLIENT' ? <ClientHome me={me} /> : me.role === 'THERAPIST' ? <TherapistHome me={me} /> : <AdminHome />}
    </Stack>
  );
}
