import type { TherapistProfileFieldsFragment } from '../gql/graphql';

/**
 * What a profile page shows. The public page passes a loaded profile; the editor's
 * live preview builds one from the form as the therapist types.
 */
export type TherapistProfileViewData = Pick<
  TherapistProfileFieldsFragment,
  | 'displayName'
  | 'pronouns'
  | 'headline'
  | 'bio'
  | 'photoUrl'
  | 'yearsInPractice'
  | 'languages'
  | 'formats'
  | 'office'
  | 'ageGroups'
  | 'communities'
  | 'concerns'
  | 'modalities'
  | 'feeMinor'
  | 'slidingScale'
  | 'insuranceAccepted'
  | 'insurancePlans'
  | 'acceptsNewClients'
  | 'licenses'
>;

export type ProfileLicense = TherapistProfileViewData['licenses'][number];

export type HeadingLevel = 1 | 2 | 3;

/** The level for headings one step below `level` (sections under the name). */
export function subheading(level: HeadingLevel): 2 | 3 | 4 {
  return (level + 1) as 2 | 3 | 4;
}
