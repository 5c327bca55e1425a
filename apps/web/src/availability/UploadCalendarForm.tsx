import { Button, FileInput, Stack, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { ErrorAlert } from '../layout/ErrorAlert';
import { useFocusFirstError } from '../layout/focus-first-error';
import { uploadCalendarMutation } from './availability.operations';
import { MAX_ICS_BYTES, readTextFile } from './read-text-file';

/** Imports an exported .ics file once; its events block those times. */
export function UploadCalendarForm({ onDone }: { onDone(text: string): void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [name, setName] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<{ name?: string; file?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [{ fetching }, uploadCalendar] = useMutation(uploadCalendarMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const problems = {
      name: name.trim() ? undefined : 'Name this calendar, e.g. "Clinic calendar".',
      file: !file ? 'Choose an .ics file.' : file.size > MAX_ICS_BYTES ? 'This file is larger than 1 MB. Export a shorter date range.' : undefined,
    };
    setErrors(problems);
    if (problems.name || problems.file || !file) {
      focusFirstError();
      return;
    }
    setReading(true);
    let icsText: string;
    try {
      icsText = await readTextFile(file);
    } catch {
      setReading(false);
      setErrors({ file: "We couldn't read this file. Choose it again." });
      focusFirstError();
      return;
    }
    setReading(false);
    const result = await uploadCalendar({ input: { name: name.trim(), icsText } });
    if (result.data) {
      setName('');
      setFile(null);
      onDone(`${name.trim()} was imported. Its events now block those times.`);
      return;
    }
    if (!result.error) return;
    const { fieldErrors, message } = describeGraphqlError(result.error, ['name', 'icsText']);
    setErrors({ name: fieldErrors.name, file: fieldErrors.icsText });
    setFormError(message);
    focusFirstError();
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-labelledby="upload-calendar-heading">
      <Stack gap="sm">
        <TextInput label="Calendar name" value={name} onChange={(event) => setName(event.currentTarget.value)} error={errors.name} />
        <FileInput
          label="Calendar file (.ics)"
          description="Export it from Google Calendar, Outlook or Apple Calendar. At most 1 MB."
          accept=".ics,text/calendar"
          clearable
          value={file}
          onChange={setFile}
          error={errors.file}
          placeholder="Choose a file"
          // Mantine's placeholder grey is too faint on white.
          styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
        />
        <ErrorAlert title="We couldn't import this calendar" message={formError} />
        <div>
          <Button type="submit" loading={reading || fetching}>
            Import file
          </Button>
        </div>
      </Stack>
    </form>
  );
}
