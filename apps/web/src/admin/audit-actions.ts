// The actions the API records today, in words. Unknown (newer) actions show their code.
const AUDIT_ACTION_LABELS: Record<string, string> = {
  'license.submitted': 'License submitted',
  'license.verified': 'License verified',
  'license.rejected': 'License rejected',
  'license.expired': 'License expired',
  'therapist.profile_created': 'Profile created',
  'therapist.profile_updated': 'Profile updated',
  'therapist.status_changed': 'Profile status changed',
  'therapist.suspended': 'Therapist suspended',
  'therapist.reinstated': 'Therapist reinstated',
  'license.read': 'License details viewed by an admin',
  'auth.signed_up': 'Signed up',
  'auth.logged_in': 'Logged in',
  'auth.login_failed': 'Log-in failed',
  'auth.logged_out': 'Logged out',
  'user.password_changed': 'Password changed',
  'user.password_change_failed': 'Password change refused (wrong current password)',
  'user.role_changed': 'Role changed',
  'user.admin_created': 'Admin account created',
};

export const AUDIT_ACTION_OPTIONS = Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label }));

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

/** `{"from":"DRAFT","to":"PENDING_REVIEW","x":1}` → "DRAFT → PENDING_REVIEW; x: 1". */
export function formatAuditDetails(details: string | null): string {
  if (!details) return '';
  let parsed: unknown;
  try {
    parsed = JSON.parse(details);
  } catch {
    return details; // Not JSON after all: show it as it came.
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return details;
  const { from, to, ...rest } = parsed as Record<string, unknown>;
  const isChange = from !== undefined && to !== undefined;
  const entries = Object.entries(isChange ? rest : (parsed as Record<string, unknown>));
  return [
    ...(isChange ? [`${String(from)} → ${String(to)}`] : []),
    ...entries.map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`),
  ].join('; ');
}
