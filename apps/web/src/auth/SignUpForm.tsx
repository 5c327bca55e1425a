import { Button, PasswordInput, Radio, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { useMutation } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import type { SignUpRole } from '../gql/graphql';
import { ErrorAlert } from '../layout/ErrorAlert';
import { signUpMutation } from './auth.operations';
import { MIN_PASSWORD_LENGTH, validateEmail, validateNewPassword } from './form-validation';
import { browserTimeZone, timeZoneOptions } from './time-zones';
import { useSessionChanged } from './use-session-changed';

interface SignUpValues {
  email: string;
  password: string;
  role: SignUpRole;
  timeZone: string;
}

const FIELDS = ['email', 'password', 'role', 'timeZone'] as const;

export function SignUpForm() {
  const [{ fetching }, signUp] = useMutation(signUpMutation);
  const sessionChanged = useSessionChanged();
  const [formError, setFormError] = useState<string | null>(null);
  const initialTimeZone = useMemo(browserTimeZone, []);
  const zones = useMemo(() => timeZoneOptions(initialTimeZone), [initialTimeZone]);

  const form = useForm<SignUpValues>({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '', role: 'CLIENT', timeZone: initialTimeZone },
    validate: {
      email: validateEmail,
      password: validateNewPassword,
      timeZone: (value) => (value ? null : 'Choose your time zone.'),
    },
  });

  async function handleSubmit(values: SignUpValues) {
    setFormError(null);
    const result = await signUp({ input: { ...values, email: values.email.trim() } });
    if (!result.error) {
      sessionChanged();
      return;
    }
    const { fieldErrors, message } = describeGraphqlError(result.error, FIELDS);
    form.setErrors(fieldErrors);
    setFormError(message);
  }

  return (
    <form onSubmit={form.onSubmit(handleSubmit)} noValidate>
      <Stack gap="md">
        <ErrorAlert title="We couldn't create your account" message={formError} />
        <TextInput
          label="Email"
          type="email"
          autoComplete="email"
          required
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label="Password"
          description={`At least ${MIN_PASSWORD_LENGTH} characters, and not a common password.`}
          autoComplete="new-password"
          required
          visibilityToggleFocusable
          visibilityToggleButtonProps={{ 'aria-label': 'Show password' }}
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
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
        <Button type="submit" loading={fetching}>
          Create account
        </Button>
      </Stack>
    </form>
  );
}
