import { Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useDeferredValue, useId, useMemo } from 'react';
import type { TherapistProfileFieldsFragment } from '../gql/graphql';
import type { TaxonomyLookups } from '../taxonomy/taxonomy-lookups';
import { TherapistProfileView } from '../therapists/TherapistProfileView';
import classes from './profile-editor.module.css';
import { toPreviewProfile } from './preview-profile';
import type { ProfileFormValues } from './profile-form-values';

interface ProfilePreviewProps {
  values: ProfileFormValues;
  taxonomy: TaxonomyLookups;
  savedLicenses: TherapistProfileFieldsFragment['licenses'];
}

/** The public page as it will look, updated as the therapist types. */
export function ProfilePreview({ values, taxonomy, savedLicenses }: ProfilePreviewProps) {
  const headingId = useId();
  // Beside the form the preview scrolls on its own, so keyboard users need to reach it.
  const scrollsOnItsOwn = useMediaQuery('(min-width: 75em)') ?? false;
  // Typing stays responsive: the preview may lag a keystroke behind on slow phones.
  const deferredValues = useDeferredValue(values);
  const profile = useMemo(() => toPreviewProfile(deferredValues, taxonomy, savedLicenses), [deferredValues, taxonomy, savedLicenses]);

  return (
    <section aria-labelledby={headingId} className={classes.preview} tabIndex={scrollsOnItsOwn ? 0 : undefined}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3" id={headingId}>
            Live preview
          </Title>
          <Text size="sm" c="dimmed">
            How clients will see your page. It changes as you type; save to publish the changes.
          </Text>
        </div>
        <Paper withBorder p="md" radius="md" data-testid="profile-preview">
          <TherapistProfileView profile={profile} taxonomy={taxonomy} headingLevel={3} />
        </Paper>
      </Stack>
    </section>
  );
}
