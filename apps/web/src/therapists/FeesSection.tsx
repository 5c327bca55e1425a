import { Text } from '@mantine/core';
import { formatCents } from '../format/money';
import { ProfileSection } from './ProfileSection';
import type { TherapistProfileViewData } from './therapist-profile-view-data';

interface FeesSectionProps {
  profile: Pick<TherapistProfileViewData, 'feeMinor' | 'slidingScale' | 'insurancePlans'>;
  order: 2 | 3 | 4;
}

export function FeesSection({ profile, order }: FeesSectionProps) {
  const { feeMinor, slidingScale, insurancePlans } = profile;
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
        {insurancePlans.length > 0
          ? `In network with: ${insurancePlans.map((plan) => plan.name).join(', ')}.`
          : 'No insurance plans listed; ask about a receipt (superbill) for out-of-network claims.'}
      </Text>
    </ProfileSection>
  );
}
