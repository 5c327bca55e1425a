import { Button, Radio, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import { useMutation } from 'urql';
import type { SignUpRole } from '../gql/graphql';
import { ErrorAlert } from '../layout/ErrorAlert';
import { signUpMutation } from './auth.operations';
import { CredentialFields } from './CredentialFields';
import { validateEmail, validateNewPassword } from './form-validation';
import { browserTimeZone, timeZoneOptions } from './time-zones';
import { useAuthSubmit } from './use-auth-submit';

interface SignUpValues {
  email: string;
  password: string;
  role: SignUpRole;
  timeZone: string;
}

const FIELDS = ['email', 'password', 'role', 'timeZone'] as const;
// With the role fixed only these are on the page; a problem with the others goes to the alert.
const CREDENTIAL_FIELDS = ['email', 'password'] as const;

interface SignUpFormProps {
  /**
   * An account for this role in the browser's time zone, asked in two fields: no role
   * to choose, and the zone stated rather than chosen (it can be changed later).
   */
  role?: SignUpRole;
  /** Runs once signed up, instead of going home. */
  onSignedIn?: () => void;
  submitLabel?: string;
}

export function SignUpForm({ role, onSignedIn, submitLabel = 'Create account' }: SignUpFormProps) {
  const [{ fetching }, signUp] = useMutation(signUpMutation);
  const initialTimeZone = useMemo(browserTimeZone, []);
  const zones = useMemo(() => timeZoneOptions(initialTimeZone), [initialTimeZone]);

  const form = useForm<SignUpValues>({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '', role: role ?? 'CLIENT', timeZone: initialTimeZone },
    validate: {
      email: validateEmail,
      password: validateNewPassword,
      timeZone: (value) => (value ? null : 'Choose your time zone.'),
    },
  });
  const { formError, handleSubmit } = useAuthSubmit({
    form,
    fields: role ? CREDENTIAL_FIELDS : FIELDS,
    onSignedIn,
    send: (input) => signUp({ input }),
  });

  return (
    <form onSubmit={form.onSubmit(handleSubmit)} noValidate>
      <Stack gap="md">
        <ErrorAlert title="We couldn't create your account" message={formError} />
        <CredentialFields form={form} password="new" />
        {role ? (
          <Text size="sm" c="dimmed">
            Session times will be shown in your time zone, {initialTimeZone}. You can change it later.
          </Text>
        ) : (
          <>
            <Radio.Group label="What brings you to Rapport?" required key={form.key('role')} {...form.getInputProps('role')}>
              <Stack gap="xs" mt="xs">
                <Radio value="CLIENT" label="I'm looking for a therapist" />
                <Radio value="THERAPIST" label="I'm a therapist" />
              </Stack>
            </Radio.Group>
            <Select
              label="Time zone"
              description="We show session times in this zone. You can change it later."
              data={zones}
              searchable
              allowDeselect={false}
              required
              nothingFoundMessage="No time zone matches"
              key={form.key('timeZone')}
              {...form.getInputProps('timeZone')}
            />
          </>
        )}
        <Button type="submit" loading={fetching}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
