import { Button, Grid, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { useMutation } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import type { TherapistProfileFieldsFragment } from '../gql/graphql';
import { ErrorAlert } from '../layout/ErrorAlert';
import { useFocusFirstError } from '../layout/focus-first-error';
import type { TaxonomyLookups } from '../taxonomy/taxonomy-lookups';
import { BasicsFieldset } from './BasicsFieldset';
import { ClientsFieldset } from './ClientsFieldset';
import { ConcernsFieldset } from './ConcernsFieldset';
import { FeesFieldset } from './FeesFieldset';
import { FormatsFieldset } from './FormatsFieldset';
import { ModalitiesFieldset } from './ModalitiesFieldset';
import { ProfilePreview } from './ProfilePreview';
import { toFormValues, toUpdateInput, type ProfileFormValues } from './profile-form-values';
import { profileValidation, SERVER_FIELD_TO_FORM_FIELD } from './profile-validation';
import { updateTherapistProfileMutation } from './therapist-profile.operations';

const SERVER_FIELDS = Object.keys(SERVER_FIELD_TO_FORM_FIELD);

interface ProfileEditorProps {
  profile: TherapistProfileFieldsFragment | null;
  taxonomy: TaxonomyLookups;
  onSaved(profile: TherapistProfileFieldsFragment, firstSave: boolean): void;
}

/** The profile form beside a live preview of the public page (stacked on phones). */
export function ProfileEditor({ profile, taxonomy, onSaved }: ProfileEditorProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const focusFirstError = useFocusFirstError(formRef, errorRef);
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, updateProfile] = useMutation(updateTherapistProfileMutation);
  const form = useForm<ProfileFormValues>({
    mode: 'controlled',
    initialValues: toFormValues(profile),
    validate: profileValidation,
    validateInputOnBlur: true,
  });

  async function handleSubmit(values: ProfileFormValues) {
    setFormError(null);
    const result = await updateProfile({ input: toUpdateInput(values) });
    if (result.data) {
      const saved = result.data.updateTherapistProfile;
      form.setValues(toFormValues(saved));
      form.resetDirty(toFormValues(saved));
      onSaved(saved, profile === null);
      return;
    }
    if (!result.error) return;
    const { fieldErrors, message } = describeGraphqlError(result.error, SERVER_FIELDS);
    const errors: Record<string, string> = {};
    for (const [serverField, text] of Object.entries(fieldErrors)) {
      if (text) errors[SERVER_FIELD_TO_FORM_FIELD[serverField]] = text;
    }
    form.setErrors(errors);
    setFormError(message ?? 'Some fields need another look; the first one has the cursor.');
    focusFirstError();
  }

  function handleInvalid() {
    setFormError('Some fields need another look; the first one has the cursor.');
    focusFirstError();
  }

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <form ref={formRef} onSubmit={form.onSubmit(handleSubmit, handleInvalid)} noValidate aria-label="Your profile">
          <Stack gap="lg">
            <Text size="sm" c="dimmed">
              Fields marked with * are required; everything else helps clients choose you.
            </Text>
            <BasicsFieldset form={form} />
            <ConcernsFieldset form={form} taxonomy={taxonomy} />
            <ModalitiesFieldset form={form} taxonomy={taxonomy} />
            <ClientsFieldset form={form} taxonomy={taxonomy} />
            <FormatsFieldset form={form} />
            <FeesFieldset form={form} taxonomy={taxonomy} />
            <div ref={errorRef} tabIndex={-1}>
              <ErrorAlert title="We couldn't save your profile" message={formError} />
            </div>
            <Group>
              <Button type="submit" loading={fetching}>
                Save profile
              </Button>
            </Group>
          </Stack>
        </form>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <ProfilePreview values={form.values} taxonomy={taxonomy} savedLicenses={profile?.licenses ?? []} />
      </Grid.Col>
    </Grid>
  );
}
