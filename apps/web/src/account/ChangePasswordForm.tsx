import { Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { useMutation } from 'urql';
import { PASSWORD_MIN_LENGTH } from '@rapport/domain/password-policy';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { PasswordField } from '../auth/PasswordField';
import { ErrorAlert } from '../layout/ErrorAlert';
import { useFocusFirstError } from '../layout/focus-first-error';
import { changePasswordMutation } from './account.operations';
import { CHANGE_PASSWORD_FIELDS, CHANGE_PASSWORD_VALIDATION, passwordChangedText, type ChangePasswordValues } from './change-password-form';

const INITIAL: ChangePasswordValues = { currentPassword: '', newPassword: '', confirmPassword: '' };

interface ChangePasswordFormProps {
  onChanged(text: string): void;
}

/** Current password, new password twice. Problems show under their field; success is announced by the page. */
export function ChangePasswordForm({ onChanged }: ChangePasswordFormProps) {
  const [{ fetching }, changePassword] = useMutation(changePasswordMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const form = useForm<ChangePasswordValues>({ mode: 'uncontrolled', initialValues: INITIAL, validate: CHANGE_PASSWORD_VALIDATION });

  async function handleSubmit({ currentPassword, newPassword }: ChangePasswordValues) {
    setFormError(null);
    const result = await changePassword({ input: { currentPassword, newPassword } });
    if (result.data) {
      form.reset();
      onChanged(passwordChangedText(result.data.changePassword.otherSessionsEnded));
      return;
    }
    const { fieldErrors, message } = describeGraphqlError(result.error!, CHANGE_PASSWORD_FIELDS);
    form.setErrors(fieldErrors);
    setFormError(message);
    focusFirstError();
  }

  const passwordProps = (field: keyof ChangePasswordValues) => ({ required: true, key: form.key(field), ...form.getInputProps(field) });

  return (
    <form ref={formRef} onSubmit={form.onSubmit(handleSubmit, focusFirstError)} noValidate>
      <Stack gap="md" maw={460}>
        <ErrorAlert title="We couldn't change your password" message={formError} />
        <PasswordField label="Current password" autoComplete="current-password" {...passwordProps('currentPassword')} />
        <PasswordField
          label="New password"
          description={`At least ${PASSWORD_MIN_LENGTH} characters, and not a common password.`}
          autoComplete="new-password"
          {...passwordProps('newPassword')}
        />
        <PasswordField label="Confirm new password" autoComplete="new-password" {...passwordProps('confirmPassword')} />
        <Button type="submit" loading={fetching} style={{ alignSelf: 'flex-start' }}>
          Change password
        </Button>
      </Stack>
    </form>
  );
}
