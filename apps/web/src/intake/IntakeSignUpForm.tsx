import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { useMutation } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { useGraphqlClientControls } from '../app/graphql-client-context';
import { signUpMutation } from '../auth/auth.operations';
import { MIN_PASSWORD_LENGTH, validateEmail, validateNewPassword } from '../auth/form-validation';
import { browserTimeZone } from '../auth/time-zones';
import { ErrorAlert } from '../layout/ErrorAlert';

const FIELDS = ['email', 'password'] as const;

/**
 * A client account in two fields, right on the intake page. Unlike the sign-up page it
 * stays here afterwards: the fresh session shows the first question in place.
 */
export function IntakeSignUpForm() {
  const [{ fetching }, signUp] = useMutation(signUpMutation);
  const { resetClient } = useGraphqlClientControls();
  const [formError, setFormError] = useState<string | null>(null);
  const timeZone = useMemo(browserTimeZone, []);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: { email: validateEmail, password: validateNewPassword },
  });

  async function handleSubmit(values: { email: string; password: string }) {
    setFormError(null);
    const result = await signUp({ input: { ...values, email: values.email.trim(), role: 'CLIENT', timeZone } });
    if (!result.error) {
      resetClient();
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
        <TextInput label="Email" type="email" autoComplete="email" required key={form.key('email')} {...form.getInputProps('email')} />
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
        <Text size="sm" c="dimmed">
          Session times will be shown in your time zone, {timeZone}. You can change it later.
        </Text>
        <Button type="submit" loading={fetching}>
          Create account and continue
        </Button>
      </Stack>
    </form>
  );
}
