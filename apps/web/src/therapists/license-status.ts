import type { LicenseStatus } from '../gql/graphql';

interface LicenseStatusDisplay {
  label: string;
  /** Badge background hue. */
  color: string;
  /** Text colour: dark shades keep every badge above WCAG AA contrast. */
  textColor: string;
}

// Shown as text in a badge, so the status never depends on colour alone.
const LICENSE_STATUS: Record<LicenseStatus, LicenseStatusDisplay> = {
  SUBMITTED: { label: 'Pending review', color: 'yellow', textColor: 'dark.8' },
  VERIFIED: { label: 'Verified', color: 'rapportTeal', textColor: 'rapportTeal.9' },
  REJECTED: { label: 'Rejected', color: 'red', textColor: 'red.9' },
  EXPIRED: { label: 'Expired', color: 'gray', textColor: 'dark.8' },
};

export function licenseStatusDisplay(status: LicenseStatus): LicenseStatusDisplay {
  return LICENSE_STATUS[status];
}
