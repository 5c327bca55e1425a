import type { ReconciliationReport } from '../payments/reconciliation/reconciliation.service';

/**
 * What `npm run payments:reconcile` prints and its exit code: 0 when everything
 * Stripe holds matched or was repaired; 1 when objects could not be checked or
 * new mismatches need an admin, so a cron wrapper or CI step notices.
 */
export function reconcileOutcome(report: ReconciliationReport): { message: string; exitCode: 0 | 1 } {
  const message = `examined ${report.examined} Stripe object(s); repaired ${report.repaired} booking(s); ${report.mismatches} new mismatch(es); ${report.failed} failed`;
  if (report.failed > 0 || report.mismatches > 0) {
    const why = [report.failed > 0 ? `${report.failed} could not be checked (see the warnings; the next run retries them)` : '', report.mismatches > 0 ? `${report.mismatches} new mismatch(es) for an admin (/admin/payments)` : '']
      .filter(Boolean)
      .join('; ');
    return { message: `${message}. Not clean: ${why}.`, exitCode: 1 };
  }
  return { message, exitCode: 0 };
}
