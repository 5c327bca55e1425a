import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { PASSWORD_MIN_LENGTH } from '@rapport/domain/password-policy';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { paths } from '../app/paths';
import { validateEmail, validateNewPassword } from '../auth/form-validation';
import { PasswordField } from '../auth/PasswordField';
import { ErrorAlert } from '../layout/ErrorAlert';
import { useFocusFirstError } from '../layout/focus-first-error';
import { feedback, StatusMessage, type Feedback } from '../layout/StatusMessage';
import { usePageTitle } from '../layout/use-page-title';
import { AuthCard } from '../pages/AuthCard';
import { requestPasswordResetMutation, resetPasswordMutation } from './account.operations';

/** `/forgot-password`: asks for a link by email; the answer never says whether the address has an account. */
export function ForgotPasswordPage() {
  usePageTitle('Forgot password');
  const [{ fetching }, requestReset] = useMutation(requestPasswordResetMutation);
  const [sent, setSent] = useState<Feedback | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const form = useForm({ mode: 'uncontrolled', initialValues: { email: '' }, validate: { email: validateEmail } });

  async function handleSubmit(values: { email: string }) {
    setFormError(null);
    const result = await requestReset({ input: { email: values.email } });
    if (result.data) {
      setSent(feedback('Check your email', `If ${values.email.trim()} belongs to a Rapport account, we sent it a link to choose a new password. The link works once, for 45 minutes.`));
      return;
    }
    const { fieldErrors, message } = describeGraphqlError(result.error!, ['email']);
    form.setErrors(fieldErrors);
    setFormError(message);
    focusFirstError();
  }

  return (
    <AuthCard title="Forgot your password?">
      {sent ? (
        <StatusMessage feedback={sent} />
      ) : (
        <form ref={formRef} onSubmit={form.onSubmit(handleSubmit, focusFirstError)} noValidate>
          <Stack gap="md">
            <Text size="sm">Enter the email you log in with. We will send you a link to choose a new password.</Text>
            <ErrorAlert title="We couldn't send the link" message={formError} />
            <TextInput label="Email" type="email" autoComplete="email" required key={form.key('email')} {...form.getInputProps('email')} />
            <Button type="submit" loading={fetching}>
              Send me a link
            </Button>
          </Stack>
        </form>
      )}
      <Text mt="lg" size="sm">
        <Anchor component={Link} to={paths.logIn}>
          Back to log in
        </Anchor>
      </Text>
    </AuthCard>
  );
}

/** The token travels in the fragment (`#token=…`), so it never reaches a server log or a Referer header. */
function tokenFromLocation(): string {
  return new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token') ?? '';
}

/** `/reset-password#token=…`: a new password from an emailed link. */
export function ResetPasswordPage() {
  usePageTitle('Choose a new password');
  const [{ fetching }, resetPassword] = useMutation(resetPasswordMutation);
  const [token] = useState(tokenFromLocation);
  const [done, setDone] = useState<Feedback | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { newPassword: '', confirmPassword: '' },
    validate: {
      newPassword: validateNewPassword,
      confirmPassword: (value: string, values: { newPassword: string }) => (value === values.newPassword ? null : 'This does not match the new password. Type it again.'),
    },
  });

  async function handleSubmit(values: { newPassword: string }) {
    setFormError(null);
    const result = await resetPassword({ input: { token, newPassword: values.newPassword } });
    if (result.data) {
      setDone(feedback('Password changed', 'Log in with your new password. For safety, we logged you out everywhere.'));
      return;
    }
    const { fieldErrors, message } = describeGraphqlError(result.error!, ['newPassword']);
    form.setErrors(fieldErrors);
    setFormError(message);
    focusFirstError();
  }

  return (
    <AuthCard title="Choose a new password">
      {done ? (
        <Stack gap="md">
          <StatusMessage feedback={done} />
          <Anchor component={Link} to={paths.logIn}>
            Log in
          </Anchor>
        </Stack>
      ) : !token ? (
        <Text>
          This link is incomplete. Open the link from the email again, or{' '}
          <Anchor component={Link} to={paths.forgotPassword}>
            ask for a new one
          </Anchor>
          .
        </Text>
      ) : (
        <form ref={formRef} onSubmit={form.onSubmit(handleSubmit, focusFirstError)} noValidate>
          <Stack gap="md">
            <ErrorAlert title="We couldn't change your password" message={formError} />
            {formError ? (
              <Anchor component={Link} to={paths.forgotPassword} size="sm">
                Ask for a new link
              </Anchor>
            ) : null}
            <PasswordField
              label="New password"
              description={`At least ${PASSWORD_MIN_LENGTH} characters, and not a common password.`}
              autoComplete="new-password"
              required
              key={form.key('newPassword')}
              {...form.getInputProps('newPassword')}
            />
            <PasswordField label="Confirm new password" autoComplete="new-password" required key={form.key('confirmPassword')} {...form.getInputProps('confirmPassword')} />
            <Button type="submit" loading={fetching}>
              Set new password
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
