/** The session kinds a CPT code is chosen for (the same names as SessionType.kind). */
export type BillableSessionKind = 'CONSULTATION' | 'INTAKE' | 'INDIVIDUAL' | 'COUPLES' | 'FAMILY';

/** A CPT code is five digits (psychotherapy codes are 908xx). */
export const CPT_CODE_PATTERN = /^\d{5}$/;

/**
 * The CPT code a superbill shows for a session type the therapist gave none:
 * an intake is the diagnostic evaluation (90791); couples and family sessions
 * are family psychotherapy (90847); individual psychotherapy by time, with
 * CPT's boundaries: 16–37 min 90832 (~30), 38–52 min 90834 (~45), 53 min and
 * more 90837 (~60). Under 16 minutes is not billable as psychotherapy: null.
 */
export function defaultCptCode(kind: BillableSessionKind, durationMinutes: number): string | null {
  if (kind === 'INTAKE') return '90791';
  if (kind === 'COUPLES' || kind === 'FAMILY') return '90847';
  if (durationMinutes < 16) return null;
  if (durationMinutes <= 37) return '90832';
  if (durationMinutes <= 52) return '90834';
  return '90837';
}

/** The therapist's own code when set, else the default above. */
export function cptCodeOf(sessionType: { cptCode: string | null; kind: BillableSessionKind; durationMinutes: number }): string | null {
  return sessionType.cptCode ?? defaultCptCode(sessionType.kind, sessionType.durationMinutes);
}
