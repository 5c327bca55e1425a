import { Text } from '@mantine/core';
import { ProfileSection } from './ProfileSection';

export function AboutSection({ bio, order }: { bio: string | null; order: 2 | 3 | 4 }) {
  if (!bio?.trim()) return null;
  return (
    <ProfileSection title="About me" order={order}>
      <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{bio}</Text>
    </ProfileSection>
  );
}
