import { InputError } from '../common/errors/app-error';
import { UpdateTherapistProfileInput } from './dto/update-therapist-profile.input';
import { SessionFormat, TherapistProfile } from './entities/therapist-profile.entity';

/**
 * Applies a partial update and checks the rules that span fields. Throws an
 * InputError naming the field before anything is saved.
 */
export function applyProfileChanges(profile: TherapistProfile, input: UpdateTherapistProfileInput): void {
  const scalarFields = ['displayName', 'pronouns', 'headline', 'bio', 'photoUrl', 'yearsInPractice', 'gender', 'feeMinor'] as const;
  for (const field of scalarFields) {
    if (input[field] !== undefined) Object.assign(profile, { [field]: trimmed(input[field]) });
  }
  if (!profile.displayName) throw new InputError('displayName', 'Display name is required.');
  const listFields = ['languages', 'formats', 'ageGroups', 'communities', 'modalities', 'insuranceAccepted', 'specialtyConcerns'] as const;
  for (const field of listFields) {
    if (input[field] != null) Object.assign(profile, { [field]: [...input[field]!] });
  }
  if (input.treatedConcerns != null) profile.treatedConcerns = [...input.treatedConcerns];
  // A specialty is also treated; keep each concern at one level (the higher).
  profile.treatedConcerns = profile.treatedConcerns.filter((code) => !profile.specialtyConcerns.includes(code));

  if (input.office !== undefined) {
    profile.officeAddress = input.office?.address.trim() ?? null;
    profile.officeLatitude = input.office?.latitude ?? null;
    profile.officeLongitude = input.office?.longitude ?? null;
  }
  if (input.slidingScale !== undefined) {
    if (input.slidingScale && input.slidingScale.minMinor > input.slidingScale.maxMinor) {
      throw new InputError('slidingScale.maxMinor', 'The top of the sliding scale must be at least its bottom.');
    }
    profile.slidingScaleMinMinor = input.slidingScale?.minMinor ?? null;
    profile.slidingScaleMaxMinor = input.slidingScale?.maxMinor ?? null;
  }
  if (input.acceptsNewClients != null) profile.acceptsNewClients = input.acceptsNewClients;
  if (input.insuranceUnmatched != null) {
    // Only ever shrinks: new plans are chosen from the payer list, not typed.
    const unknown = input.insuranceUnmatched.find((name) => !profile.insuranceUnmatched.includes(name));
    if (unknown !== undefined) {
      throw new InputError('insuranceUnmatched', `"${unknown}" is not one of your earlier plan names; choose plans from the list instead.`);
    }
    profile.insuranceUnmatched = [...input.insuranceUnmatched];
  }

  if (profile.languages.length === 0) throw new InputError('languages', 'List at least one language you offer sessions in.');
  if (profile.formats.length === 0) throw new InputError('formats', 'Offer at least one format: video, in person or phone.');
  if (profile.formats.includes(SessionFormat.IN_PERSON) && profile.officeAddress === null) {
    throw new InputError('office', 'In-person sessions need an office address with its coordinates.');
  }
  if (
    profile.feeMinor !== null &&
    profile.slidingScaleMaxMinor !== null &&
    profile.slidingScaleMaxMinor > profile.feeMinor
  ) {
    throw new InputError('slidingScale.maxMinor', 'The sliding scale cannot go above your standard fee.');
  }
}

function trimmed<T>(value: T): T | null {
  if (typeof value !== 'string') return value ?? null;
  const text = value.trim();
  return (text === '' ? null : text) as T | null;
}
