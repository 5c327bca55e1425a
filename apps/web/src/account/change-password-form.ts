import { validateNewPassword, validateRequired } from '../auth/form-validation';

export interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** Fields the API may name in `extensions.field`. */
export const CHANGE_PASSWORD_FIELDS = ['currentPassword', 'newPassword'] as const;

export const CHANGE_PASSWORD_VALIDATION = {
  currentPassword: validateRequired('current password'),
  newPassword: validateNewPassword,
  confirmPassword: (value: string, values: ChangePasswordValues) =>
    value === values.newPassword ? null : 'This does not match the new password. Type it again.',
};

/** What the person reads once it worked. */
export function passwordChangedText(otherSessionsEnded: number): string {
  const others =
    otherSessionsEnded === 0
      ? 'You were not signed in anywhere else.'
      : `We logged you out on ${otherSessionsEnded === 1 ? '1 other device or browser' : `${otherSessionsEnded} other devices or browsers`}.`;
  return `Use your new password next time you log in. You stay signed in here. ${others}`;
}
