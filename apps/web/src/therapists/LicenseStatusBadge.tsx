import { Badge } from '@mantine/core';
import type { LicenseStatus } from '../gql/graphql';
import { licenseStatusDisplay } from './license-status';

export function LicenseStatusBadge({ status }: { status: LicenseStatus }) {
  const { label, color, textColor } = licenseStatusDisplay(status);
  return (
    <Badge color={color} c={textColor} variant="light" tt="none" size="md">
      {label}
    </Badge>
  );
}
