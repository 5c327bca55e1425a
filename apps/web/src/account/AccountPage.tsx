import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useMe } from '../auth/use-me';
import { StatusMessage, feedback, type Feedback } from '../layout/StatusMessage';
import { usePageTitle } from '../layout/use-page-title';
import { ChangeEmailForm, DeleteAccountSection, ExportDataButton, TimeZoneForm } from './AccountSettingsForms';
import { ChangePasswordForm } from './ChangePasswordForm';
import { HealthDataReadsSection } from './HealthDataReadsSection';

const ROLE_NAMES = { CLIENT: 'client', THERAPIST: 'therapist', ADMIN: 'admin' } as const;

/** `/account`: who you are signed in as; email, password and time zone; your data; deleting the account. */
export function AccountPage() {
  usePageTitle('Account');
  const { me } = useMe();
  const [message, setMessage] = useState<Feedback | null>(null);
  if (!me) return null; // RequireRole shows the sign-in page first

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>Your account</Title>
        <Text>
          Signed in as {me.email} ({ROLE_NAMES[me.role]}).
        </Text>
      </Stack>
      <StatusMessage feedback={message} onClose={() => setMessage(null)} />
      <Stack component="section" aria-labelledby="change-password" gap="sm">
        <Title order={2} size="h3" id="change-password">
          Change password
        </Title>
        <Text size="sm">Changing it logs you out everywhere else, in case someone else knows the old one.</Text>
        <ChangePasswordForm onChanged={(text) => setMessage(feedback('Password changed', text))} />
      </Stack>
      {me.role === 'CLIENT' && <HealthDataReadsSection />}
      <Stack component="section" aria-labelledby="change-email" gap="sm">
        <Title order={2} size="h3" id="change-email">
          Change email
        </Title>
        <ChangeEmailForm onChanged={(title, text) => setMessage(feedback(title, text))} />
      </Stack>
      <Stack component="section" aria-labelledby="time-zone" gap="sm">
        <Title order={2} size="h3" id="time-zone">
          Time zone
        </Title>
        <TimeZoneForm current={me.timeZone} onChanged={(title, text) => setMessage(feedback(title, text))} />
      </Stack>
      <Stack component="section" aria-labelledby="your-data" gap="sm">
        <Title order={2} size="h3" id="your-data">
          Your data
        </Title>
        <Text size="sm">Everything Rapport keeps about you, in one file, including your health answers. Keep it somewhere safe.</Text>
        <ExportDataButton />
      </Stack>
      <Stack component="section" aria-labelledby="delete-account" gap="sm">
        <Title order={2} size="h3" id="delete-account">
          Delete account
        </Title>
        <DeleteAccountSection role={me.role} />
      </Stack>
    </Stack>
  );
}
