import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useMutation } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { ErrorAlert } from '../layout/ErrorAlert';
import { logInMutation } from './auth.operations';
import { validateEmail, validateRequired } from './form-validation';
import { useSessionChanged } from './use-session-changed';

interface LogInValues {
  email: string;
  password: string;
}

// Only a malformed email is pinned to its field; a wrong email or password is one
// message for the whole form, so the page never hints which of the two was wrong.
const FIELDS = ['email'] as const;

export function LogInForm() {
  const [{ fetching }, logIn] = useMutation(logInMutation);
  const sessionChanged = useSessionChanged();
  const [formError, setFormError] = useState<string | null>(null);

  const form = useForm<LogInValues>({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: { email: validateEmail, password: validateRequired('password') },
  });

  async function handleSubmit(values: LogInValues) {
    setFormError(null);
    const result = await logIn({ input: { ...values, email: values.email.trim() } });
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
        <ErrorAlert title="We couldn't log you in" message={formError} />
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
          autoComplete="current-password"
          required
          visibilityToggleFocusable
          visibilityToggleButtonProps={{ 'aria-label': 'Show password' }}
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={fetching}>
          Log in
        </Button>
      </Stack>
    </form>
  );
}
