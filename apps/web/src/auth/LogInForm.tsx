import { Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from 'urql';
import { ErrorAlert } from '../layout/ErrorAlert';
import { logInMutation } from './auth.operations';
import { CredentialFields } from './CredentialFields';
import { validateEmail, validateRequired } from './form-validation';
import { useAuthSubmit, type Credentials } from './use-auth-submit';

// Only a malformed email is pinned to its field; a wrong email or password is one
// message for the whole form, so the page never hints which of the two was wrong.
const FIELDS = ['email'] as const;

interface LogInFormProps {
  /** Runs once logged in, instead of going home. */
  onSignedIn?: () => void;
  submitLabel?: string;
}

export function LogInForm({ onSignedIn, submitLabel = 'Log in' }: LogInFormProps) {
  const [{ fetching }, logIn] = useMutation(logInMutation);
  const form = useForm<Credentials>({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: { email: validateEmail, password: validateRequired('password') },
  });
  const { formError, handleSubmit } = useAuthSubmit({ form, fields: FIELDS, onSignedIn, send: (input) => logIn({ input }) });

  return (
    <form onSubmit={form.onSubmit(handleSubmit)} noValidate>
      <Stack gap="md">
        <ErrorAlert title="We couldn't log you in" message={formError} />
        <CredentialFields form={form} password="current" />
        <Button type="submit" loading={fetching}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
