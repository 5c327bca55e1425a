import { List, Text } from '@mantine/core';
import type { TaxonomyLookups } from '../taxonomy/taxonomy-lookups';
import { formatLabel } from './format-labels';
import { ProfileSection } from './ProfileSection';
import type { TherapistProfileViewData } from './therapist-profile-view-data';

interface SessionsSectionProps {
  profile: Pick<TherapistProfileViewData, 'formats' | 'office' | 'languages' | 'ageGroups' | 'communities'>;
  taxonomy: TaxonomyLookups | null;
  order: 2 | 3 | 4;
}

/** Formats, office, languages and who the therapist works with. */
export function SessionsSection({ profile, taxonomy, order }: SessionsSectionProps) {
  const label = (lookup: keyof Pick<TaxonomyLookups, 'languageLabel' | 'ageGroupLabel' | 'communityLabel'>, code: string) =>
    taxonomy ? taxonomy[lookup](code) : code;
  const inPerson = profile.formats.includes('IN_PERSON');
  return (
    <ProfileSection title="Sessions" order={order}>
      <List spacing={4}>
        {profile.formats.length > 0 && (
          <List.Item>Formats: {profile.formats.map(formatLabel).join(', ')}</List.Item>
        )}
        {profile.languages.length > 0 && (
          <List.Item>Languages: {profile.languages.map((code) => label('languageLabel', code)).join(', ')}</List.Item>
        )}
        {profile.ageGroups.length > 0 && (
          <List.Item>Works with: {profile.ageGroups.map((code) => label('ageGroupLabel', code)).join(', ')}</List.Item>
        )}
        {profile.communities.length > 0 && (
          <List.Item>Communities: {profile.communities.map((code) => label('communityLabel', code)).join(', ')}</List.Item>
        )}
      </List>
      {inPerson && profile.office && (
        <Text>
          <Text span fw={600}>
            Office:
          </Text>{' '}
          {profile.office.address}
        </Text>
      )}
    </ProfileSection>
  );
}
