import { Checkbox, Fieldset, Group, Stack } from '@mantine/core';
import { formatLabel, SESSION_FORMATS } from '../therapists/format-labels';
import { OfficeFields } from './OfficeFields';
import { offersInPerson, type ProfileForm } from './profile-form-values';

export function FormatsFieldset({ form }: { form: ProfileForm }) {
  return (
    <Fieldset legend="Session formats">
      <Stack gap="md">
        <Checkbox.Group
          label="How you meet clients"
          description="At least one. In person asks for your office below."
          required
          {...form.getInputProps('formats')}
        >
          <Group mt="xs" gap="lg">
            {SESSION_FORMATS.map((format) => (
              <Checkbox key={format} value={format} label={formatLabel(format)} />
            ))}
          </Group>
        </Checkbox.Group>
        {offersInPerson(form.values) && <OfficeFields form={form} />}
      </Stack>
    </Fieldset>
  );
}
