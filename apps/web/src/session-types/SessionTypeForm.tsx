import { Button, Checkbox, Group, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { useMutation } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import type { SessionFormat, SessionKind, SessionTypeFieldsFragment } from '../gql/graphql';
import { ErrorAlert } from '../layout/ErrorAlert';
import { useFocusFirstError } from '../layout/focus-first-error';
import { formatLabel, SESSION_FORMATS } from '../therapists/format-labels';
import { SESSION_KINDS, sessionKindLabel } from './session-kinds';
import {
  NEW_SESSION_TYPE,
  SESSION_TYPE_FIELD_OF,
  SESSION_TYPE_LIMITS,
  sessionTypeFormValues,
  sessionTypeValidation,
  toSessionTypeInput,
  type SessionTypeFormValues,
} from './session-type-form';
import { createSessionTypeMutation, updateSessionTypeMutation } from './session-types.operations';

interface SessionTypeFormProps {
  /** The session type to edit; without it the form creates a new one. */
  sessionType?: SessionTypeFieldsFragment;
  onSaved(saved: SessionTypeFieldsFragment): void;
  onCancel?(): void;
  /** The formats the profile offers; a session type can offer only these. */
  offeredFormats?: readonly SessionFormat[];
}

const KIND_OPTIONS = SESSION_KINDS.map((kind) => ({ value: kind, label: sessionKindLabel(kind) }));

/** Name, kind, length, price (in dollars) and formats of a session type. */
export function SessionTypeForm({ sessionType, onSaved, onCancel, offeredFormats = SESSION_FORMATS }: SessionTypeFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching: creating }, createSessionType] = useMutation(createSessionTypeMutation);
  const [{ fetching: updating }, updateSessionType] = useMutation(updateSessionTypeMutation);
  const form = useForm<SessionTypeFormValues>({
    mode: 'controlled',
    initialValues: sessionType ? sessionTypeFormValues(sessionType) : NEW_SESSION_TYPE,
    validate: sessionTypeValidation,
    validateInputOnBlur: true,
  });
  const isConsultation = form.values.kind === 'CONSULTATION';
  const idPrefix = sessionType ? `session-type-${sessionType.id}` : 'new-session-type';

  async function handleSubmit(values: SessionTypeFormValues) {
    setFormError(null);
    const input = toSessionTypeInput(values);
    const result = sessionType ? await updateSessionType({ id: sessionType.id, input }) : await createSessionType({ input });
    const saved = result.data && ('updateSessionType' in result.data ? result.data.updateSessionType : result.data.createSessionType);
    if (saved) {
      if (!sessionType) form.reset();
      onSaved(saved);
      return;
    }
    if (!result.error) return;
    const { fieldErrors, message } = describeGraphqlError(result.error, Object.keys(SESSION_TYPE_FIELD_OF));
    form.setErrors(Object.fromEntries(Object.entries(fieldErrors).map(([field, error]) => [SESSION_TYPE_FIELD_OF[field], error])));
    setFormError(message);
    focusFirstError();
  }

  function changeKind(kind: SessionKind) {
    form.setFieldValue('kind', kind);
    if (kind === 'CONSULTATION') {
      form.setFieldValue('priceDollars', 0);
      form.clearFieldError('priceDollars');
    }
  }

  return (
    <form ref={formRef} onSubmit={form.onSubmit(handleSubmit, focusFirstError)} noValidate>
      <Stack gap="md">
        <ErrorAlert title="We couldn't save this session type" message={formError} />
        <TextInput
          label="Name"
          description='What clients see, e.g. "Individual therapy (50 min)".'
          id={`${idPrefix}-name`}
          maxLength={SESSION_TYPE_LIMITS.name.max}
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label="Kind"
            description="Consultations are free."
            id={`${idPrefix}-kind`}
            data={KIND_OPTIONS}
            {...form.getInputProps('kind')}
            onChange={(event) => changeKind(event.currentTarget.value as SessionKind)}
          />
          <NumberInput
            label="Length (minutes)"
            description="15 to 240."
            id={`${idPrefix}-duration`}
            min={SESSION_TYPE_LIMITS.duration.min}
            max={SESSION_TYPE_LIMITS.duration.max}
            step={5}
            clampBehavior="none"
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('durationMinutes')}
          />
          <NumberInput
            label="Price (USD)"
            id={`${idPrefix}-price`}
            description={isConsultation ? 'Consultations are always free.' : 'In dollars, e.g. 150.'}
            prefix="$"
            decimalScale={2}
            min={0}
            allowNegative={false}
            thousandSeparator=","
            hideControls
            disabled={isConsultation}
            {...form.getInputProps('priceDollars')}
            value={isConsultation ? 0 : form.values.priceDollars}
          />
        </SimpleGrid>
        <TextInput
          label="CPT code for superbills (optional)"
          id={`${idPrefix}-cpt`}
          description="Clients' superbills show it. Leave blank for the usual code: 90791 intake, 90832 / 90834 / 90837 for about 30 / 45 / 60 minutes, 90847 couples and family."
          inputMode="numeric"
          maxLength={5}
          {...form.getInputProps('cptCode')}
        />
        <Checkbox.Group
          label="Formats"
          description={
            offeredFormats.length < SESSION_FORMATS.length
              ? `How you can hold this session. Your profile offers ${offeredFormats.map(formatLabel).join(' and ').toLowerCase() || 'no formats yet'}; add others on your profile first.`
              : 'How you can hold this session.'
          }
          {...form.getInputProps('formats')}
        >
          <Group gap="lg" mt="xs">
            {SESSION_FORMATS.map((format) => (
              <Checkbox key={format} value={format} label={formatLabel(format)} disabled={!offeredFormats.includes(format) && !form.values.formats.includes(format)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group gap="sm">
          <Button type="submit" loading={creating || updating}>
            {sessionType ? 'Save changes' : 'Add session type'}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
