import { dollarsToCents } from '../format/money';
import type { TherapistProfileFieldsFragment } from '../gql/graphql';
import type { TaxonomyLookups } from '../taxonomy/taxonomy-lookups';
import type { TherapistProfileViewData } from '../therapists/therapist-profile-view-data';
import { numberOrNull, offersInPerson, type ProfileFormValues } from './profile-form-values';

function optional(text: string): string | null {
  return text.trim() === '' ? null : text.trim();
}

function centsOrNull(dollars: number | string): number | null {
  const value = numberOrNull(dollars);
  return value === null ? null : dollarsToCents(value);
}

/**
 * The public page as it would look with the form's current values. Licenses come
 * from the saved profile, filtered as the public sees them (verified only).
 */
export function toPreviewProfile(
  values: ProfileFormValues,
  taxonomy: TaxonomyLookups,
  savedLicenses: TherapistProfileFieldsFragment['licenses'],
): TherapistProfileViewData {
  const slidingMin = centsOrNull(values.slidingMinDollars);
  const slidingMax = centsOrNull(values.slidingMaxDollars);
  const specialties = values.specialtyConcerns;
  return {
    displayName: values.displayName,
    pronouns: optional(values.pronouns),
    headline: optional(values.headline),
    bio: optional(values.bio),
    photoUrl: /^https:\/\/\S+$/i.test(values.photoUrl.trim()) ? values.photoUrl.trim() : null,
    yearsInPractice: numberOrNull(values.yearsInPractice),
    languages: values.languages,
    formats: values.formats,
    office:
      offersInPerson(values) && values.officeAddress.trim()
        ? {
            address: values.officeAddress.trim(),
            latitude: numberOrNull(values.officeLatitude) ?? 0,
            longitude: numberOrNull(values.officeLongitude) ?? 0,
          }
        : null,
    ageGroups: values.ageGroups,
    communities: values.communities,
    concerns: [
      ...specialties.map((code) => ({ code, name: taxonomy.concernName(code), level: 'SPECIALTY' })),
      ...values.treatedConcerns
        .filter((code) => !specialties.includes(code))
        .map((code) => ({ code, name: taxonomy.concernName(code), level: 'TREATS' })),
    ],
    modalities: values.modalities.map((code) => {
      const modality = taxonomy.modality(code);
      return { code, name: modality?.name ?? code, description: modality?.description ?? '' };
    }),
    feeMinor: centsOrNull(values.feeDollars),
    slidingScale: values.offersSlidingScale && slidingMin !== null && slidingMax !== null ? { minMinor: slidingMin, maxMinor: slidingMax } : null,
    insuranceAccepted: values.insuranceAccepted,
    insurancePlans: values.insuranceAccepted.map((id) => ({ id, name: taxonomy.payerName(id) })),
    acceptsNewClients: values.acceptsNewClients,
    licenses: savedLicenses.filter((license) => license.status === 'VERIFIED'),
  };
}
