import { findJurisdiction, findLicenseType } from '@rapport/taxonomy';
import { License, LicenseStatus } from './entities/license.entity';
import { LicenseSummaryModel } from './models/license.model';

/** What a summary reads of a license; `LicensingService.summariesFor` reads exactly these. */
export type LicenseSummaryFacts = Pick<License, 'id' | 'licenseType' | 'jurisdiction' | 'status' | 'reviewedAt' | 'expiresOn'>;

/** A license as shown on a profile: no number, no NPI, no reviewer. */
export function toLicenseSummary(license: LicenseSummaryFacts): LicenseSummaryModel {
  return {
    id: license.id,
    licenseType: license.licenseType,
    licenseTypeName: findLicenseType(license.licenseType)?.name ?? license.licenseType,
    jurisdiction: license.jurisdiction,
    jurisdictionName: findJurisdiction(license.jurisdiction)?.name ?? license.jurisdiction,
    status: license.status,
    verifiedAt: license.status === LicenseStatus.VERIFIED ? license.reviewedAt : null,
    expiresOn: license.expiresOn,
  };
}
