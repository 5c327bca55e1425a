import { Group, Stack, Text } from '@mantine/core';
import { LicenseStatusBadge } from './LicenseStatusBadge';
import { ProfileSection } from './ProfileSection';
import type { ProfileLicense } from './therapist-profile-view-data';
import { VerifiedMark } from './VerifiedMark';

interface LicensesSectionProps {
  licenses: readonly ProfileLicense[];
  order: 2 | 3 | 4;
}

/** Where the therapist is licensed. The public sees verified licenses only; owners and admins see all. */
export function LicensesSection({ licenses, order }: LicensesSectionProps) {
  return (
    <ProfileSection title="Licensed in" order={order}>
      {licenses.length === 0 ? (
        <Text c="dimmed">No verified license yet.</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {licenses.map((license) => (
            <li key={`${license.licenseType}-${license.jurisdiction}-${license.expiresOn}`}>
              <Group gap="sm" justify="space-between" wrap="wrap">
                <Text>
                  {license.jurisdictionName}: {license.licenseTypeName}
                </Text>
                {license.status === 'VERIFIED' ? (
                  <VerifiedMark verifiedAt={license.verifiedAt} />
                ) : (
                  <LicenseStatusBadge status={license.status} />
                )}
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </ProfileSection>
  );
}
