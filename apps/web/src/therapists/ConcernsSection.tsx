import { Badge, Group, Text } from '@mantine/core';
import { ProfileSection } from './ProfileSection';
import type { TherapistProfileViewData } from './therapist-profile-view-data';

interface ConcernsSectionProps {
  concerns: TherapistProfileViewData['concerns'];
  order: 2 | 3 | 4;
}

export function ConcernsSection({ concerns, order }: ConcernsSectionProps) {
  const specialties = concerns.filter((concern) => concern.level === 'SPECIALTY');
  const others = concerns.filter((concern) => concern.level !== 'SPECIALTY');
  if (concerns.length === 0) return null;
  return (
    <ProfileSection title="What I help with" order={order}>
      {specialties.length > 0 && (
        <div>
          <Text fw={600} size="sm" mb={4}>
            Specialties
          </Text>
          <Group gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {specialties.map((concern) => (
              <Badge key={concern.code} component="li" size="lg" variant="filled" tt="none">
                {concern.name}
              </Badge>
            ))}
          </Group>
        </div>
      )}
      {others.length > 0 && (
        <div>
          <Text fw={600} size="sm" mb={4}>
            Also helps with
          </Text>
          <Text>{others.map((concern) => concern.name).join(', ')}</Text>
        </div>
      )}
    </ProfileSection>
  );
}
