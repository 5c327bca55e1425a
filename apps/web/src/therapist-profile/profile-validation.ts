import type { FormValidateInput } from '@mantine/form';
import { MAX_SPECIALTIES, numberOrNull, offersInPerson, type ProfileFormValues } from './profile-form-values';

// Mirrors the API's rules (UpdateTherapistProfileInput and applyProfileChanges) so
// slips show before a round trip. The API stays the authority.
export const PROFILE_LIMITS = {
  displayName: { min: 2, max: 80 },
  pronouns: 40,
  headline: 120,
  bio: 4000,
  photoUrl: 500,
  yearsInPractice: 70,
  languages: 10,
  treatedConcerns: 40,
  modalities: 15,
  insurancePlans: 40,
  officeAddress: { min: 5, max: 200 },
  maxFeeDollars: 100_000,
} as const;

const maxLength = (max: number, label: string) => (value: string) =>
  value.trim().length > max ? `${label} must be at most ${max.toLocaleString('en-US')} characters.` : null;

function validateDollars(value: number | string, label: string, required: boolean): string | null {
  const amount = numberOrNull(value);
  if (amount === null) return required || String(value).trim() !== '' ? `Enter ${label} in dollars.` : null;
  if (amount < 0) return `${capitalize(label)} cannot be negative.`;
  if (amount > PROFILE_LIMITS.maxFeeDollars) return `${capitalize(label)} must be at most $100,000.`;
  if (Math.abs(amount * 100 - Math.round(amount * 100)) > 1e-6) return 'Use at most two decimal places (cents).';
  return null;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function validateCoordinate(value: number | string, label: string, limit: number, values: ProfileFormValues): string | null {
  if (!offersInPerson(values)) return null;
  const coordinate = numberOrNull(value);
  if (coordinate === null) return `Enter the office ${label.toLowerCase()}.`;
  return Math.abs(coordinate) > limit ? `${label} must be between -${limit} and ${limit}.` : null;
}

export const profileValidation: FormValidateInput<ProfileFormValues> = {
  displayName: (value) => {
    const length = value.trim().length;
    const { min, max } = PROFILE_LIMITS.displayName;
    if (length === 0) return 'Enter the name clients will see.';
    return length < min || length > max ? `Display name must be ${min}–${max} characters.` : null;
  },
  pronouns: maxLength(PROFILE_LIMITS.pronouns, 'Pronouns'),
  headline: maxLength(PROFILE_LIMITS.headline, 'Headline'),
  bio: maxLength(PROFILE_LIMITS.bio, 'Bio'),
  photoUrl: (value) => {
    const text = value.trim();
    if (text === '') return null;
    if (!/^https:\/\/[^\s/]+\.[^\s]+$/i.test(text)) return 'Photo URL must be an https:// address, like https://example.com/me.jpg.';
    return text.length > PROFILE_LIMITS.photoUrl ? 'Photo URL is too long.' : null;
  },
  yearsInPractice: (value) => {
    if (String(value).trim() === '') return null;
    const years = numberOrNull(value);
    if (years === null || !Number.isInteger(years)) return 'Enter a whole number of years.';
    if (years < 0) return 'Years in practice cannot be negative.';
    return years > PROFILE_LIMITS.yearsInPractice ? `Years in practice must be at most ${PROFILE_LIMITS.yearsInPractice}.` : null;
  },
  languages: (value) => {
    if (value.length === 0) return 'List at least one language you offer sessions in.';
    return value.length > PROFILE_LIMITS.languages ? `Choose at most ${PROFILE_LIMITS.languages} languages.` : null;
  },
  formats: (value) => (value.length === 0 ? 'Offer at least one format: video, in person or phone.' : null),
  officeAddress: (value, values) => {
    if (!offersInPerson(values)) return null;
    const length = value.trim().length;
    const { min, max } = PROFILE_LIMITS.officeAddress;
    if (length === 0) return 'In-person sessions need your office address.';
    return length < min || length > max ? `Enter the office address (${min}–${max} characters).` : null;
  },
  officeLatitude: (value, values) => validateCoordinate(value, 'Latitude', 90, values),
  officeLongitude: (value, values) => validateCoordinate(value, 'Longitude', 180, values),
  specialtyConcerns: (value) =>
    value.length > MAX_SPECIALTIES ? `Choose at most ${MAX_SPECIALTIES} specialties; list other concerns you treat separately.` : null,
  treatedConcerns: (value) =>
    value.length > PROFILE_LIMITS.treatedConcerns ? `Choose at most ${PROFILE_LIMITS.treatedConcerns} concerns.` : null,
  modalities: (value) =>
    value.length > PROFILE_LIMITS.modalities ? `Choose at most ${PROFILE_LIMITS.modalities} approaches.` : null,
  feeDollars: (value) => validateDollars(value, 'the fee', false),
  slidingMinDollars: (value, values) => (values.offersSlidingScale ? validateDollars(value, 'the lowest fee', true) : null),
  slidingMaxDollars: (value, values) => {
    if (!values.offersSlidingScale) return null;
    const problem = validateDollars(value, 'the highest fee', true);
    if (problem) return problem;
    const top = numberOrNull(value) ?? 0;
    const bottom = numberOrNull(values.slidingMinDollars);
    if (bottom !== null && top < bottom) return 'The top of the sliding scale must be at least its bottom.';
    const fee = numberOrNull(values.feeDollars);
    return fee !== null && top > fee ? 'The sliding scale cannot go above your standard fee.' : null;
  },
  insuranceAccepted: (value) => (value.length > PROFILE_LIMITS.insurancePlans ? `Choose at most ${PROFILE_LIMITS.insurancePlans} plans.` : null),
};

/**
 * Where an API error's `extensions.field` (its last segment, as describeGraphqlError
 * gives it) belongs in this form.
 */
export const SERVER_FIELD_TO_FORM_FIELD: Record<string, keyof ProfileFormValues> = {
  displayName: 'displayName',
  pronouns: 'pronouns',
  headline: 'headline',
  bio: 'bio',
  photoUrl: 'photoUrl',
  yearsInPractice: 'yearsInPractice',
  gender: 'gender',
  languages: 'languages',
  formats: 'formats',
  office: 'officeAddress',
  address: 'officeAddress',
  latitude: 'officeLatitude',
  longitude: 'officeLongitude',
  ageGroups: 'ageGroups',
  communities: 'communities',
  specialtyConcerns: 'specialtyConcerns',
  treatedConcerns: 'treatedConcerns',
  modalities: 'modalities',
  feeMinor: 'feeDollars',
  slidingScale: 'slidingMaxDollars',
  minMinor: 'slidingMinDollars',
  maxMinor: 'slidingMaxDollars',
  insuranceAccepted: 'insuranceAccepted',
  insuranceUnmatched: 'insuranceAccepted',
  acceptsNewClients: 'acceptsNewClients',
};
