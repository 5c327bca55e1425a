import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useMutation } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { useGraphqlClientControls } from '../app/graphql-client-context';
import { logInMutation } from '../auth/auth.operations';
import { validateEmail, validateRequired } from '../auth/form-validation';
import { ErrorAlert } from '../layout/ErrorAlert';

// As on the log-in page, a wrong email or password is one message for the whole form.
const FIELDS = ['email'] as const;

/** Log in without leaving the intake: the new session shows the wizard (and any saved answers) in place. */
export function IntakeLogInForm() {
  const [{ fetching }, logIn] = useMutation(logInMutation);
  const { resetClient } = useGraphqlClientControls();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: { email: validateEmail, password: validateRequired('password') },
  });

  async function handleSubmit(values: { email: string; password: string }) {
    setFormError(null);
    const result = await logIn({ input: { ...values, email: values.email.trim() } });
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
        <ErrorAlert title="We couldn't log you in" message={formError} />
        <TextInput label="Email" type="email" autoComplete="email" required key={form.key('email')} {...form.getInputProps('email')} />
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
          Log in and continue
        </Button>
      </Stack>
    </form>
  );
}
