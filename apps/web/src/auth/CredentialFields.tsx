import { TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { PASSWORD_MIN_LENGTH } from '@rapport/domain/password-policy';
import { PasswordField } from './PasswordField';
import type { Credentials } from './use-auth-submit';

interface CredentialFieldsProps<Values extends Credentials> {
  form: UseFormReturnType<Values>;
  /** 'new' when signing up: the password rule is stated, and password managers offer to make one. */
  password: 'current' | 'new';
}

/** Email and password, as logging in and signing up both ask for them. */
export function CredentialFields<Values extends Credentials>({ form, password }: CredentialFieldsProps<Values>) {
  return (
    <>
      <TextInput label="Email" type="email" autoComplete="email" required key={form.key('email')} {...form.getInputProps('email')} />
      <PasswordField
        label="Password"
        description={password === 'new' ? `At least ${PASSWORD_MIN_LENGTH} characters, and not a common password.` : undefined}
        autoComplete={`${password}-password`}
        required
        key={form.key('password')}
        {...form.getInputProps('password')}
      />
    </>
  );
}
