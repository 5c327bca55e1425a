import { Button, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { useMutation } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { ErrorAlert } from '../layout/ErrorAlert';
import { useFocusFirstError } from '../layout/focus-first-error';
import { StatusMessage, feedback, type Feedback } from '../layout/StatusMessage';
import { updateBookingSettingsMutation } from './availability.operations';
import {
  bookingSettingsValidation,
  SETTINGS_FIELD_OF,
  SETTINGS_LIMITS,
  settingsFormValues,
  toBookingSettingsInput,
  type BookingSettingsFormValues,
} from './booking-settings-form';

type Settings = Parameters<typeof settingsFormValues>[0];

// No silent clamping: an out-of-range number gets a message saying what is allowed.
const WHOLE = { allowDecimal: false, allowNegative: false, min: 0, clampBehavior: 'none' } as const;

/** Buffers, notice, horizon, daily cap and slot step: how the week turns into bookable times. */
export function BookingSettingsForm({ settings }: { settings: Settings }) {
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [formError, setFormError] = useState<string | null>(null);
  const [message, setMessage] = useState<Feedback | null>(null);
  const [{ fetching }, updateSettings] = useMutation(updateBookingSettingsMutation);
  const form = useForm<BookingSettingsFormValues>({
    mode: 'controlled',
    initialValues: settingsFormValues(settings),
    validate: bookingSettingsValidation,
    validateInputOnBlur: true,
  });

  async function handleSubmit(values: BookingSettingsFormValues) {
    setFormError(null);
    setMessage(null);
    const result = await updateSettings({ input: toBookingSettingsInput(values) });
    if (result.data) {
      form.setValues(settingsFormValues(result.data.updateBookingSettings.settings));
      form.resetDirty();
      setMessage(feedback('Booking rules saved', 'New bookings follow these rules from now on.'));
      return;
    }
    if (!result.error) return;
    const { fieldErrors, message: text } = describeGraphqlError(result.error, Object.keys(SETTINGS_FIELD_OF));
    form.setErrors(Object.fromEntries(Object.entries(fieldErrors).map(([field, error]) => [SETTINGS_FIELD_OF[field], error])));
    setFormError(text);
    focusFirstError();
  }

  return (
    <form ref={formRef} onSubmit={form.onSubmit(handleSubmit, focusFirstError)} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label="Break before a session (minutes)"
            description="Kept free before each booking."
            max={SETTINGS_LIMITS.bufferMinutes}
            {...WHOLE}
            {...form.getInputProps('bufferBeforeMinutes')}
          />
          <NumberInput
            label="Break after a session (minutes)"
            description="Kept free after each booking, e.g. for notes."
            max={SETTINGS_LIMITS.bufferMinutes}
            {...WHOLE}
            {...form.getInputProps('bufferAfterMinutes')}
          />
          <NumberInput
            label="Minimum notice (hours)"
            description="How soon before it starts a session can still be booked."
            min={0}
            max={SETTINGS_LIMITS.noticeHours}
            decimalScale={2}
            allowNegative={false}
            clampBehavior="none"
            {...form.getInputProps('minimumNoticeHours')}
          />
          <NumberInput
            label="Booking horizon (days)"
            description="How far ahead clients can book, up to 366 days."
            {...WHOLE}
            min={1}
            max={SETTINGS_LIMITS.horizonDays}
            {...form.getInputProps('horizonDays')}
          />
          <NumberInput
            label="Most sessions a day"
            description="Leave empty for no limit."
            {...WHOLE}
            min={1}
            max={SETTINGS_LIMITS.dailyCap}
            {...form.getInputProps('maxSessionsPerDay')}
          />
          <NumberInput
            label="Start times every (minutes)"
            description="30 offers 09:00, 09:30, 10:00…"
            {...WHOLE}
            min={SETTINGS_LIMITS.slotStep.min}
            max={SETTINGS_LIMITS.slotStep.max}
            step={5}
            {...form.getInputProps('slotStepMinutes')}
          />
        </SimpleGrid>
        <ErrorAlert title="We couldn't save your booking rules" message={formError} />
        <StatusMessage feedback={message} onClose={() => setMessage(null)} />
        <div>
          <Button type="submit" loading={fetching}>
            Save booking rules
          </Button>
        </div>
      </Stack>
    </form>
  );
}
