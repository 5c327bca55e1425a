import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import type { OperationResult } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { useSessionChanged } from './use-session-changed';

export interface Credentials {
  email: string;
  password: string;
}

interface AuthSubmitOptions<Values extends Credentials> {
  form: UseFormReturnType<Values>;
  /** Fields the API may name in `extensions.field`; any other problem goes to the form's alert. */
  fields: readonly string[];
  /** Sends the values (email already trimmed) to the API. */
  send(values: Values): Promise<OperationResult>;
  /** Runs once the new session is in place, instead of going home. */
  onSignedIn?: () => void;
}

/**
 * What logging in and signing up share: send, then start the new session, or put
 * the server's objections under their fields and the rest in one message (`formError`).
 */
export function useAuthSubmit<Values extends Credentials>({ form, fields, send, onSignedIn }: AuthSubmitOptions<Values>) {
  const sessionChanged = useSessionChanged(onSignedIn);
  const [formError, setFormError] = useState<string | null>(null);

  async function handleSubmit(values: Values) {
    setFormError(null);
    const result = await send({ ...values, email: values.email.trim() });
    if (!result.error) {
      sessionChanged();
      return;
    }
    const { fieldErrors, message } = describeGraphqlError(result.error, fields);
    form.setErrors(fieldErrors);
    setFormError(message);
  }

  return { formError, handleSubmit };
}
