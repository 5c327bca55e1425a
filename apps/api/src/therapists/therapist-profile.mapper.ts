import { findConcern, findJurisdiction, findLicenseType, findModality } from '@rapport/taxonomy';
import { isLicenseValid } from '@rapport/domain';
import { License } from '../licensing/entities/license.entity';
import { TherapistProfile } from './entities/therapist-profile.entity';
import { LicenseSummaryModel, TherapistProfileModel } from './models/therapist-profile.model';
import { officeOf, publicOfficeOf } from './public-office';

/**
 * Maps a profile for GraphQL. `includePrivate` is for the therapist themself and admins;
 * everyone else (the public profile, search results) gets the public view.
 */
export function toTherapistProfileModel(
  profile: TherapistProfile,
  licenses: License[],
  options: { includePrivate: boolean; today: string },
): TherapistProfileModel {
  const shownLicenses = options.includePrivate
    ? licenses
    : licenses.filter((license) => isLicenseValid({ status: license.status, expiresOn: license.expiresOn }, options.today));
  return {
    id: profile.id,
    status: profile.status,
    displayName: profile.displayName,
    pronouns: profile.pronouns,
    headline: profile.headline,
    bio: profile.bio,
    photoUrl: profile.photoUrl,
    yearsInPractice: profile.yearsInPractice,
    gender: profile.gender,
    languages: profile.languages,
    formats: profile.formats,
    office: options.includePrivate ? officeOf(profile) : publicOfficeOf(profile),
    ageGroups: profile.ageGroups,
    communities: profile.communities,
    concerns: [
      ...profile.specialtyConcerns.map((code) => ({ code, name: findConcern(code)?.name ?? code, level: 'SPECIALTY' as const })),
      ...profile.treatedConcerns.map((code) => ({ code, name: findConcern(code)?.name ?? code, level: 'TREATS' as const })),
    ],
    modalities: profile.modalities.map((code) => {
      const modality = findModality(code);
      return { code, name: modality?.name ?? code, description: modality?.description ?? '' };
    }),
    feeMinor: profile.feeMinor,
    slidingScale:
      profile.slidingScaleMinMinor !== null && profile.slidingScaleMaxMinor !== null
        ? { minMinor: profile.slidingScaleMinMinor, maxMinor: profile.slidingScaleMaxMinor }
        : null,
    insuranceAccepted: profile.insuranceAccepted,
    acceptsNewClients: profile.acceptsNewClients,
    licenses: shownLicenses.map(toLicenseSummary),
    suspensionReason: options.includePrivate ? profile.suspensionReason : null,
    updatedAt: profile.updatedAt,
  };
}

export function toLicenseSummary(license: License): LicenseSummaryModel {
  return {
    licenseType: license.licenseType,
    licenseTypeName: findLicenseType(license.licenseType)?.name ?? license.licenseType,
    jurisdiction: license.jurisdiction,
    jurisdictionName: findJurisdiction(license.jurisdiction)?.name ?? license.jurisdiction,
    status: license.status,
    verifiedAt: license.status === 'VERIFIED' ? license.reviewedAt : null,
    expiresOn: license.expiresOn,
  };
}
