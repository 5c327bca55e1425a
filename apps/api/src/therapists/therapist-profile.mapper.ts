import { findConcern, findModality, payerName } from '@rapport/taxonomy';
import { LicenseSummaryModel } from '../licensing/models/license.model';
import { TherapistProfile } from './entities/therapist-profile.entity';
import { TherapistProfileModel } from './models/therapist-profile.model';
import { officeOf, publicOfficeOf } from './public-office';

/** What the GraphQL model reads of a profile; `TherapistsService.findVisible` reads exactly these. */
export const PROFILE_MODEL_FIELDS = [
  'id', 'status', 'displayName', 'pronouns', 'headline', 'bio', 'photoUrl', 'yearsInPractice', 'gender', 'languages', 'formats',
  'officeAddress', 'officeLatitude', 'officeLongitude', 'ageGroups', 'communities', 'specialtyConcerns', 'treatedConcerns', 'modalities',
  'feeMinor', 'slidingScaleMinMinor', 'slidingScaleMaxMinor', 'insuranceAccepted', 'insuranceUnmatched', 'acceptsNewClients',
  'suspensionReason', 'updatedAt',
] as const satisfies readonly (keyof TherapistProfile)[];
export type ProfileFacts = Pick<TherapistProfile, (typeof PROFILE_MODEL_FIELDS)[number]>;

/**
 * Maps a profile for GraphQL. `includePrivate` is for the therapist themself and admins;
 * everyone else (the public profile, search results) gets the public view. `licenses`
 * come from the licensing module, already chosen for the viewer.
 */
export function toTherapistProfileModel(
  profile: ProfileFacts,
  licenses: LicenseSummaryModel[],
  options: { includePrivate: boolean },
): TherapistProfileModel {
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
    insurancePlans: profile.insuranceAccepted.map((id) => ({ id, name: payerName(id) })),
    insuranceUnmatched: options.includePrivate ? profile.insuranceUnmatched : [],
    acceptsNewClients: profile.acceptsNewClients,
    licenses,
    suspensionReason: options.includePrivate ? profile.suspensionReason : null,
    updatedAt: profile.updatedAt,
  };
}
