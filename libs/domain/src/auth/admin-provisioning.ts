export type AccountRole = 'CLIENT' | 'THERAPIST' | 'ADMIN';

/** What to do with the account named by ADMIN_EMAIL or `npm run admin:create`. */
export type AdminProvisioning =
  | { kind: 'create' }
  /** An admin whose password already matches: nothing to change, no sessions lost. */
  | { kind: 'unchanged' }
  | { kind: 'reset-password' }
  | { kind: 'promote'; from: Exclude<AccountRole, 'ADMIN'> }
  | { kind: 'refuse'; role: Exclude<AccountRole, 'ADMIN'> };

/**
 * Never turns an existing client or therapist into an admin by accident (a
 * typo in ADMIN_EMAIL, or someone who signed up with the admin's address
 * first): that takes an explicit `promoteExisting`.
 */
export function planAdminProvisioning(
  existing: { role: AccountRole; passwordMatches: boolean } | null,
  options: { promoteExisting: boolean },
): AdminProvisioning {
  if (!existing) return { kind: 'create' };
  if (existing.role === 'ADMIN') return existing.passwordMatches ? { kind: 'unchanged' } : { kind: 'reset-password' };
  return options.promoteExisting ? { kind: 'promote', from: existing.role } : { kind: 'refuse', role: existing.role };
}
