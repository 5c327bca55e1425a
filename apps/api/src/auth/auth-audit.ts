/** Audit actions of the auth module. Details carry the IP and source, never a password or token. */
export const AUTH_AUDIT = {
  signedUp: 'auth.signed_up',
  loggedIn: 'auth.logged_in',
  loginFailed: 'auth.login_failed',
  loggedOut: 'auth.logged_out',
  passwordChanged: 'user.password_changed',
  passwordChangeFailed: 'user.password_change_failed',
  roleChanged: 'user.role_changed',
  adminCreated: 'user.admin_created',
  emailChanged: 'user.email_changed',
  emailChangeFailed: 'user.email_change_failed',
  timeZoneChanged: 'user.time_zone_changed',
  passwordResetRequested: 'user.password_reset_requested',
  accountExported: 'user.data_exported',
  accountDeleted: 'user.account_deleted',
  accountDeletionFailed: 'user.account_deletion_failed',
} as const;

/** Who made a change that no signed-in person made. */
export type ChangeSource = 'self' | 'reset-link' | 'environment' | 'cli';

/** Where a request came from, as Express sees it (TRUSTED_PROXIES decides whom to believe). */
export interface RequestOrigin {
  ip: string | null;
}
