export type LicenseStatus = 'SUBMITTED' | 'VERIFIED' | 'REJECTED' | 'EXPIRED';
export type ProfileStatus = 'DRAFT' | 'PENDING_REVIEW' | 'ACTIVE' | 'SUSPENDED';

export interface LicenseFacts {
  status: LicenseStatus;
  /** Last valid day, 'YYYY-MM-DD'. */
  expiresOn: string;
}

/** A license counts while it is verified and today is on or before its expiry date. */
export function isLicenseValid(license: LicenseFacts, today: string): boolean {
  return license.status === 'VERIFIED' && license.expiresOn >= today;
}

/**
 * A profile's status follows from facts, never from history: suspended by an
 * admin; else active while any license is valid; else pending while a license
 * awaits review; else a draft.
 */
export function deriveProfileStatus(facts: { suspended: boolean; licenses: LicenseFacts[]; today: string }): ProfileStatus {
  if (facts.suspended) return 'SUSPENDED';
  if (facts.licenses.some((license) => isLicenseValid(license, facts.today))) return 'ACTIVE';
  if (facts.licenses.some((license) => license.status === 'SUBMITTED' && license.expiresOn >= facts.today)) {
    return 'PENDING_REVIEW';
  }
  return 'DRAFT';
}
