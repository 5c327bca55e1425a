import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useRef, useState } from 'react';
import { useMutation } from 'urql';
import type { Role } from '../gql/graphql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { validateEmail, validateRequired } from '../auth/form-validation';
import { PasswordField } from '../auth/PasswordField';
import { timeZoneOptions } from '../auth/time-zones';
import { useSessionChanged } from '../auth/use-session-changed';
import { ErrorAlert } from '../layout/ErrorAlert';
import { useFocusFirstError } from '../layout/focus-first-error';
import { changeEmailMutation, changeTimeZoneMutation, deleteMyAccountMutation, exportMyDataMutation } from './account.operations';

interface ChangedProps {
  onChanged(title: string, text: string): void;
}

/** New address and the current password; the old address is told by email. */
export function ChangeEmailForm({ onChanged }: ChangedProps) {
  const [{ fetching }, changeEmail] = useMutation(changeEmailMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { newEmail: '', currentPassword: '' },
    validate: { newEmail: validateEmail, currentPassword: validateRequired('current password') },
  });

  async function handleSubmit(values: { newEmail: string; currentPassword: string }) {
    setFormError(null);
    const result = await changeEmail({ input: values });
    if (result.data) {
      form.reset();
      onChanged('Email changed', `You now log in with ${result.data.changeEmail.email}. We told your old address about the change.`);
      return;
    }
    const { fieldErrors, message } = describeGraphqlError(result.error!, ['newEmail', 'currentPassword']);
    form.setErrors(fieldErrors);
    setFormError(message);
    focusFirstError();
  }

  return (
    <form ref={formRef} onSubmit={form.onSubmit(handleSubmit, focusFirstError)} noValidate>
      <Stack gap="md" maw={460}>
        <ErrorAlert title="We couldn't change your email" message={formError} />
        <TextInput label="New email" type="email" autoComplete="email" required key={form.key('newEmail')} {...form.getInputProps('newEmail')} />
        <PasswordField label="Your password" description="To make sure it is you." autoComplete="current-password" required key={form.key('currentPassword')} {...form.getInputProps('currentPassword')} />
        <Button type="submit" loading={fetching} style={{ alignSelf: 'flex-start' }}>
          Change email
        </Button>
      </Stack>
    </form>
  );
}

/** The zone session times are shown in. */
export function TimeZoneForm({ current, onChanged }: ChangedProps & { current: string }) {
  const [{ fetching }, changeTimeZone] = useMutation(changeTimeZoneMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const zones = useMemo(() => timeZoneOptions(current), [current]);
  const form = useForm({ mode: 'uncontrolled', initialValues: { timeZone: current } });

  async function handleSubmit(values: { timeZone: string }) {
    setFormError(null);
    const result = await changeTimeZone({ input: values });
    if (result.data) {
      onChanged('Time zone saved', `Times are now shown in ${result.data.changeTimeZone.timeZone}.`);
      return;
    }
    const { fieldErrors, message } = describeGraphqlError(result.error!, ['timeZone']);
    form.setErrors(fieldErrors);
    setFormError(message);
  }

  return (
    <form onSubmit={form.onSubmit(handleSubmit)} noValidate>
      <Stack gap="md" maw={460}>
        <ErrorAlert title="We couldn't save your time zone" message={formError} />
        <Select label="Time zone" data={zones} searchable allowDeselect={false} nothingFoundMessage="No time zone matches" key={form.key('timeZone')} {...form.getInputProps('timeZone')} />
        <Button type="submit" loading={fetching} style={{ alignSelf: 'flex-start' }}>
          Save time zone
        </Button>
      </Stack>
    </form>
  );
}

/** Downloads everything kept about you as one JSON file. */
export function ExportDataButton() {
  const [{ fetching }, exportMyData] = useMutation(exportMyDataMutation);
  const [error, setError] = useState<string | null>(null);

  async function handleClick() {
    setError(null);
    const result = await exportMyData({});
    if (!result.data) {
      setError(describeGraphqlError(result.error!).message);
      return;
    }
    const { fileName, json } = result.data.exportMyData;
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <Stack gap="sm" maw={460}>
      <ErrorAlert title="We couldn't export your data" message={error} />
      <Button variant="default" onClick={handleClick} loading={fetching} style={{ alignSelf: 'flex-start' }}>
        Download my data (JSON)
      </Button>
    </Stack>
  );
}

/** Deleting needs the password and a second, explicit confirmation. */
export function DeleteAccountSection({ role }: { role: Role }) {
  const [{ fetching }, deleteMyAccount] = useMutation(deleteMyAccountMutation);
  const [confirming, setConfirming] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const sessionChanged = useSessionChanged();
  const form = useForm({ mode: 'uncontrolled', initialValues: { currentPassword: '' }, validate: { currentPassword: validateRequired('password') } });

  if (role !== 'CLIENT') {
    return <Text size="sm">To close a {role === 'THERAPIST' ? 'therapist' : 'admin'} account, write to support: your clients' bookings and your records need a person to wind them down.</Text>;
  }

  async function handleDelete(values: { currentPassword: string }) {
    setFormError(null);
    const result = await deleteMyAccount({ input: values });
    if (result.data) {
      setConfirming(false);
      sessionChanged();
      return;
    }
    const { fieldErrors, message } = describeGraphqlError(result.error!, ['currentPassword']);
    form.setErrors(fieldErrors);
    setFormError(message);
  }

  return (
    <Stack gap="sm" maw={460}>
      <Text size="sm">
        Your upcoming sessions are cancelled under each therapist's cancellation policy, as if you cancelled them. Your intake, goals and check-ins are erased. This cannot be undone.
        Download your data first if you want a copy.
      </Text>
      <Button color="red.9" variant="outline" onClick={() => setConfirming(true)} style={{ alignSelf: 'flex-start' }}>
        Delete my account…
      </Button>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Delete your account?" centered closeButtonProps={{ 'aria-label': 'Close' }}>
        <form onSubmit={form.onSubmit(handleDelete)} noValidate>
          <Stack gap="md">
            <ErrorAlert title="We couldn't delete your account" message={formError} />
            <PasswordField label="Your password" description="To make sure it is you." autoComplete="current-password" required key={form.key('currentPassword')} {...form.getInputProps('currentPassword')} />
            <Group justify="flex-end" wrap="wrap">
              <Button variant="default" onClick={() => setConfirming(false)}>
                Keep my account
              </Button>
              <Button type="submit" color="red.9" loading={fetching}>
                Delete my account
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
