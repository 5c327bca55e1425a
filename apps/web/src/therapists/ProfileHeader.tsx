import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { TherapistAvatar } from './TherapistAvatar';
import type { HeadingLevel, TherapistProfileViewData } from './therapist-profile-view-data';

interface ProfileHeaderProps {
  profile: Pick<TherapistProfileViewData, 'displayName' | 'pronouns' | 'headline' | 'photoUrl' | 'yearsInPractice' | 'acceptsNewClients'>;
  headingLevel: HeadingLevel;
}

export function ProfileHeader({ profile, headingLevel }: ProfileHeaderProps) {
  const name = profile.displayName.trim() || 'Your name';
  return (
    <Group align="flex-start" gap="md" wrap="nowrap">
      <TherapistAvatar name={name} photoUrl={profile.photoUrl} />
      <Stack gap={4} style={{ minWidth: 0 }}>
        <Title order={headingLevel} size="h2" style={{ overflowWrap: 'anywhere' }}>
          {name}
        </Title>
        {profile.pronouns && <Text c="dimmed">{profile.pronouns}</Text>}
        {profile.headline && (
          <Text size="lg" style={{ overflowWrap: 'anywhere' }}>
            {profile.headline}
          </Text>
        )}
        <Group gap="xs">
          {profile.yearsInPractice !== null && (
            <Text size="sm" c="dimmed">
              {profile.yearsInPractice === 1 ? '1 year in practice' : `${profile.yearsInPractice} years in practice`}
            </Text>
          )}
          <Badge variant="light" tt="none" color={profile.acceptsNewClients ? 'rapportTeal' : 'gray'} c={profile.acceptsNewClients ? 'rapportTeal.9' : 'dark.8'}>
            {profile.acceptsNewClients ? 'Accepting new clients' : 'Not accepting new clients'}
          </Badge>
        </Group>
      </Stack>
    </Group>
  );
}
