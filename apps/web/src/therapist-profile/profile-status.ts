import type { ProfileStatus } from '../gql/graphql';

interface ProfileStatusDisplay {
  label: string;
  /** What this means for the therapist and what happens next. */
  explanation: string;
  color: string;
  textColor: string;
}

const PROFILE_STATUS: Record<ProfileStatus, ProfileStatusDisplay> = {
  DRAFT: {
    label: 'Draft',
    explanation:
      "Clients can't see your profile yet. Add your license on the Licenses page; once an admin verifies it, your profile goes live.",
    color: 'gray',
    textColor: 'dark.8',
  },
  PENDING_REVIEW: {
    label: 'Pending review',
    explanation:
      "An admin is checking your license with the state board. Your profile goes live as soon as it's verified; you can keep editing meanwhile.",
    color: 'yellow',
    textColor: 'dark.8',
  },
  ACTIVE: {
    label: 'Active',
    explanation: 'Your profile is public: clients can find and book you. Changes you save show right away.',
    color: 'rapportTeal',
    textColor: 'rapportTeal.9',
  },
  SUSPENDED: {
    label: 'Suspended',
    explanation: 'An admin has hidden your profile from clients. Contact support to talk it through.',
    color: 'red',
    textColor: 'red.9',
  },
};

/** Before the first save there is no profile, and so no status yet. */
export const UNSAVED_PROFILE = {
  label: 'Not saved yet',
  explanation: 'Fill in your profile and save it, then add your license so an admin can verify it.',
  color: 'gray',
  textColor: 'dark.8',
} as const satisfies ProfileStatusDisplay;

export function profileStatusDisplay(status: ProfileStatus): ProfileStatusDisplay {
  return PROFILE_STATUS[status];
}
