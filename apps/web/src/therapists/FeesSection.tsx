import { Text } from '@mantine/core';
import { formatCents } from '../format/money';
import { ProfileSection } from './ProfileSection';
import type { TherapistProfileViewData } from './therapist-profile-view-data';

interface FeesSectionProps {
  profile: Pick<TherapistProfileViewData, 'feeMinor' | 'slidingScale' | 'insuranceAccepted'>;
  order: 2 | 3 | 4;
}

export function FeesSection({ profile, order }: FeesSectionProps) {
  const { feeMinor, slidingScale, insuranceAccepted } = profile;
  return (
    <ProfileSection title="Fees" order={order}>
      <Text>{feeMinor === null ? 'Fee not listed yet.' : `${formatCents(feeMinor)} per session`}</Text>
      {slidingScale && (
        <Text>
          Sliding scale: {formatCents(slidingScale.minMinor)}–{formatCents(slidingScale.maxMinor)}, depending on what you
          can afford.
        </Text>
      )}
      <Text>
        {insuranceAccepted.length > 0
          ? `Insurance accepted: ${insuranceAccepted.join(', ')}.`
          : 'No insurance plans listed; ask about a receipt (superbill) for out-of-network claims.'}
      </Text>
    </ProfileSection>
  );
}
