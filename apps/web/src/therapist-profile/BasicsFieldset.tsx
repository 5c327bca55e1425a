import { Fieldset, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import type { ProfileForm } from './profile-form-values';
import { PROFILE_LIMITS } from './profile-validation';

const GENDER_OPTIONS = [
  { value: '', label: 'Prefer not to say' },
  { value: 'WOMAN', label: 'Woman' },
  { value: 'MAN', label: 'Man' },
  { value: 'NON_BINARY', label: 'Non-binary' },
];

function count(value: string, max: number): string {
  return `${value.trim().length.toLocaleString('en-US')} of ${max.toLocaleString('en-US')} characters.`;
}

export function BasicsFieldset({ form }: { form: ProfileForm }) {
  const { headline, bio } = form.values;
  return (
    <Fieldset legend="About you">
      <Stack gap="md">
        <TextInput
          label="Display name"
          description="How clients will see your name, e.g. Dr. Maya Okafor, LCSW."
          required
          autoComplete="name"
          {...form.getInputProps('displayName')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Pronouns" description="Optional, e.g. she/her." {...form.getInputProps('pronouns')} />
          <NumberInput
            label="Years in practice"
            description="Optional."
            min={0}
            max={PROFILE_LIMITS.yearsInPractice}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('yearsInPractice')}
          />
        </SimpleGrid>
        <TextInput
          label="Headline"
          description={`One line clients read first in search results. ${count(headline, PROFILE_LIMITS.headline)}`}
          {...form.getInputProps('headline')}
        />
        <Textarea
          label="Bio"
          description={`Who you help and what working with you is like. ${count(bio, PROFILE_LIMITS.bio)}`}
          autosize
          minRows={4}
          maxRows={14}
          {...form.getInputProps('bio')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Photo URL"
            description="Optional. A link starting with https://. Without one we show your initials."
            type="url"
            inputMode="url"
            {...form.getInputProps('photoUrl')}
          />
          <NativeSelect
            label="Gender"
            description="Optional. Some clients look for a therapist of a particular gender."
            data={GENDER_OPTIONS}
            {...form.getInputProps('gender')}
          />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}
