import { Button, Stack, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { ErrorAlert } from '../layout/ErrorAlert';
import { useFocusFirstError } from '../layout/focus-first-error';
import { addCalendarFeedMutation } from './availability.operations';

/** Subscribes to a calendar's iCalendar address; Rapport fetches it to keep busy times current. */
export function CalendarFeedForm({ onDone }: { onDone(text: string): void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [errors, setErrors] = useState<{ name?: string; url?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, addFeed] = useMutation(addCalendarFeedMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const problems = {
      name: name.trim() ? undefined : 'Name this calendar, e.g. "Personal".',
      url: /^(https?|webcal):\/\/\S+$/i.test(url.trim()) ? undefined : 'Paste the address that starts with https:// or webcal://.',
    };
    setErrors(problems);
    if (problems.name || problems.url) {
      focusFirstError();
      return;
    }
    // The server reads the feed before saving it: success means it was read, a failure comes back on the url field.
    const result = await addFeed({ input: { name: name.trim(), url: url.trim() } });
    if (result.data) {
      setName('');
      setUrl('');
      onDone(`${name.trim()} was added. Its events now block those times.`);
      return;
    }
    if (!result.error) return;
    const { fieldErrors, message } = describeGraphqlError(result.error, ['name', 'url']);
    setErrors(fieldErrors);
    setFormError(message);
    focusFirstError();
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-labelledby="calendar-feed-heading">
      <Stack gap="sm">
        <TextInput label="Calendar name" value={name} onChange={(event) => setName(event.currentTarget.value)} error={errors.name} />
        <TextInput
          label="Calendar address (iCal URL)"
          description='In Google Calendar: Settings → your calendar → "Secret address in iCal format".'
          type="url"
          inputMode="url"
          autoComplete="off"
          value={url}
          onChange={(event) => setUrl(event.currentTarget.value)}
          error={errors.url}
        />
        <ErrorAlert title="We couldn't add this calendar" message={formError} />
        <div>
          <Button type="submit" loading={fetching}>
            Add calendar
          </Button>
        </div>
      </Stack>
    </form>
  );
}
