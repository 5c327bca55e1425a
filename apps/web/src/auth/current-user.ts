import type { CurrentUserFieldsFragment, Role } from '../gql/graphql';

export type CurrentUser = CurrentUserFieldsFragment;

const ROLE_LABELS: Record<Role, string> = {
  CLIENT: 'client',
  THERAPIST: 'therapist',
  ADMIN: 'admin',
};

/** A role as a person would say it: "client", "therapist", "admin". */
export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}
