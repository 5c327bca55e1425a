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

// Audit events as sentences: {actor} and {subject} are the names the API resolved.
const AUDIT_SENTENCES: Record<string, string> = {
  'license.submitted': '{actor} submitted {subject}',
  'license.verified': '{actor} verified {subject}',
  'license.rejected': '{actor} rejected {subject}',
  'license.expired': '{subject} expired',
  'license.read': '{actor} viewed {subject}',
  'therapist.profile_created': '{actor} created the profile of {subject}',
  'therapist.profile_updated': '{actor} updated the profile of {subject}',
  'therapist.status_changed': 'The profile of {subject} changed status',
  'therapist.suspended': '{actor} suspended {subject}',
  'therapist.reinstated': '{actor} reinstated {subject}',
  'auth.signed_up': '{subject} signed up',
  'auth.logged_in': '{actor} logged in',
  'auth.logged_out': '{actor} logged out',
  'auth.login_failed': 'A log-in as {subject} failed',
  'user.password_changed': '{actor} changed the password of {subject}',
  'user.role_changed': '{actor} changed the role of {subject}',
  'user.admin_created': '{subject} was made an admin',
  'user.email_changed': '{actor} changed the e-mail address of {subject}',
  'user.data_exported': '{actor} exported the data of {subject}',
  'user.account_deleted': '{subject} deleted their account',
  'health_data.read': '{actor} read {subject}',
  'intake.submitted': '{actor} submitted {subject}',
  'intake.revised': '{actor} revised {subject}',
  'session_type.created': '{actor} created {subject}',
  'session_type.updated': '{actor} updated {subject}',
  'session_type.archived': '{actor} archived {subject}',
  'session_type.restored': '{actor} restored {subject}',
  'calendar.feed_added': '{actor} added {subject}',
  'calendar.refreshed': '{actor} refreshed {subject}',
  'calendar.refresh_failed': '{actor} could not refresh {subject}',
  'calendar.removed': '{actor} removed {subject}',
};

const SUBJECT_TYPE_WORDS: Record<string, string> = {
  TherapistProfile: 'a therapist profile',
  License: 'a license',
  User: 'an account',
  ClientHealthRecord: 'a health record',
  Booking: 'a booking',
  SessionType: 'a session type',
  Intake: 'an intake',
  ExternalCalendar: 'a calendar',
};

export interface AuditEventWords {
  action: string;
  actorName?: string | null;
  actorEmail: string | null;
  subjectType: string;
  subjectId: string | null;
  subjectName?: string | null;
}

/** "Dr Ana Ruiz verified license NY 123456 of Sam Lee": who did what to whom, in words, never ids. */
export function describeAuditEvent(event: AuditEventWords): string {
  const actor = event.actorName ?? event.actorEmail ?? 'The system';
  const typeWords = SUBJECT_TYPE_WORDS[event.subjectType] ?? 'a record';
  const subject = event.subjectName ?? (event.subjectId ? `${typeWords} that no longer exists` : `${typeWords} (none)`);
  const sentence = AUDIT_SENTENCES[event.action];
  if (!sentence) return `${actor}: ${auditActionLabel(event.action)}, ${subject}`;
  const written = sentence.replace('{actor}', actor).replace('{subject}', subject);
  // "License NY 1 expired", but an e-mail address is written as it is.
  return /^\S*@/.test(written) ? written : written.charAt(0).toUpperCase() + written.slice(1);
}

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
