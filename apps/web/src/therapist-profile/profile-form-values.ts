import type { UseFormReturnType } from '@mantine/form';
import { centsToDollars, dollarsToCents } from '../format/money';
import type {
  SessionFormat,
  TherapistGender,
  TherapistProfileFieldsFragment,
  UpdateTherapistProfileInput,
} from '../gql/graphql';

/** What the editor's fields hold. Money is in dollars here; NumberInputs give '' when empty. */
export interface ProfileFormValues {
  displayName: string;
  pronouns: string;
  headline: string;
  bio: string;
  photoUrl: string;
  yearsInPractice: number | string;
  gender: TherapistGender | '';
  languages: string[];
  formats: SessionFormat[];
  officeAddress: string;
  officeLatitude: number | string;
  officeLongitude: number | string;
  ageGroups: string[];
  communities: string[];
  specialtyConcerns: string[];
  treatedConcerns: string[];
  modalities: string[];
  feeDollars: number | string;
  offersSlidingScale: boolean;
  slidingMinDollars: number | string;
  slidingMaxDollars: number | string;
  /** Payer ids. */
  insuranceAccepted: string[];
  /** Plan names typed before plans came from a list, that no payer matched: to choose again, then remove. */
  insuranceUnmatched: string[];
  acceptsNewClients: boolean;
}

export const MAX_SPECIALTIES = 3;

// A new profile starts with the answers most therapists give, so the first save is short.
const NEW_PROFILE: ProfileFormValues = {
  displayName: '',
  pronouns: '',
  headline: '',
  bio: '',
  photoUrl: '',
  yearsInPractice: '',
  gender: '',
  languages: ['en'],
  formats: ['VIDEO'],
  officeAddress: '',
  officeLatitude: '',
  officeLongitude: '',
  ageGroups: [],
  communities: [],
  specialtyConcerns: [],
  treatedConcerns: [],
  modalities: [],
  feeDollars: '',
  offersSlidingScale: false,
  slidingMinDollars: '',
  slidingMaxDollars: '',
  insuranceAccepted: [],
  insuranceUnmatched: [],
  acceptsNewClients: true,
};

export function toFormValues(profile: TherapistProfileFieldsFragment | null): ProfileFormValues {
  if (!profile) return NEW_PROFILE;
  const codesAt = (level: string) => profile.concerns.filter((concern) => concern.level === level).map((concern) => concern.code);
  return {
    displayName: profile.displayName,
    pronouns: profile.pronouns ?? '',
    headline: profile.headline ?? '',
    bio: profile.bio ?? '',
    photoUrl: profile.photoUrl ?? '',
    yearsInPractice: profile.yearsInPractice ?? '',
    gender: profile.gender ?? '',
    languages: profile.languages,
    formats: profile.formats,
    officeAddress: profile.office?.address ?? '',
    officeLatitude: profile.office?.latitude ?? '',
    officeLongitude: profile.office?.longitude ?? '',
    ageGroups: profile.ageGroups,
    communities: profile.communities,
    specialtyConcerns: codesAt('SPECIALTY'),
    treatedConcerns: codesAt('TREATS'),
    modalities: profile.modalities.map((modality) => modality.code),
    feeDollars: profile.feeMinor === null ? '' : centsToDollars(profile.feeMinor),
    offersSlidingScale: profile.slidingScale !== null,
    slidingMinDollars: profile.slidingScale ? centsToDollars(profile.slidingScale.minMinor) : '',
    slidingMaxDollars: profile.slidingScale ? centsToDollars(profile.slidingScale.maxMinor) : '',
    insuranceAccepted: profile.insuranceAccepted,
    insuranceUnmatched: profile.insuranceUnmatched,
    acceptsNewClients: profile.acceptsNewClients,
  };
}

/** A NumberInput's value as a number, or null when empty or not a number. */
export function numberOrNull(value: number | string): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value.trim() === '') return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}

function centsOrNull(dollars: number | string): number | null {
  const value = numberOrNull(dollars);
  return value === null ? null : dollarsToCents(value);
}

function textOrNull(value: string): string | null {
  const text = value.trim();
  return text === '' ? null : text;
}

export function offersInPerson(values: Pick<ProfileFormValues, 'formats'>): boolean {
  return values.formats.includes('IN_PERSON');
}

/**
 * The whole form as one update. Every field is sent, so what is saved is exactly
 * what the therapist sees; emptied optional fields are cleared with null.
 */
export function toUpdateInput(values: ProfileFormValues): UpdateTherapistProfileInput {
  const inPerson = offersInPerson(values);
  const slidingMin = centsOrNull(values.slidingMinDollars);
  const slidingMax = centsOrNull(values.slidingMaxDollars);
  return {
    displayName: values.displayName.trim(),
    pronouns: textOrNull(values.pronouns),
    headline: textOrNull(values.headline),
    bio: textOrNull(values.bio),
    photoUrl: textOrNull(values.photoUrl),
    yearsInPractice: numberOrNull(values.yearsInPractice),
    gender: values.gender === '' ? null : values.gender,
    languages: values.languages,
    formats: values.formats,
    office: inPerson
      ? {
          address: values.officeAddress.trim(),
          latitude: numberOrNull(values.officeLatitude) ?? 0,
          longitude: numberOrNull(values.officeLongitude) ?? 0,
        }
      : null,
    ageGroups: values.ageGroups,
    communities: values.communities,
    specialtyConcerns: values.specialtyConcerns,
    treatedConcerns: values.treatedConcerns.filter((code) => !values.specialtyConcerns.includes(code)),
    modalities: values.modalities,
    feeMinor: centsOrNull(values.feeDollars),
    slidingScale: values.offersSlidingScale && slidingMin !== null && slidingMax !== null ? { minMinor: slidingMin, maxMinor: slidingMax } : null,
    insuranceAccepted: values.insuranceAccepted,
    insuranceUnmatched: values.insuranceUnmatched,
    acceptsNewClients: values.acceptsNewClients,
  };
}

export type ProfileForm = UseFormReturnType<ProfileFormValues>;
