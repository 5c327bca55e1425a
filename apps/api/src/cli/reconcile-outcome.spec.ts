import { reconcileOutcome } from './reconcile-outcome';

describe('payments:reconcile exit decision', () => {
  const clean = { examined: 12, repaired: 0, mismatches: 0, failed: 0 };

  it('exits 0 when everything matched, or was repaired', () => {
    expect(reconcileOutcome(clean)).toEqual({ exitCode: 0, message: 'examined 12 Stripe object(s); repaired 0 booking(s); 0 new mismatch(es); 0 failed' });
    expect(reconcileOutcome({ ...clean, repaired: 3 }).exitCode).toBe(0);
  });

  it('exits 1 when objects could not be checked, saying why', () => {
    const outcome = reconcileOutcome({ ...clean, failed: 2 });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.message).toContain('2 could not be checked');
  });

  it('exits 1 when it recorded mismatches it could not repair', () => {
    const outcome = reconcileOutcome({ ...clean, repaired: 1, mismatches: 1 });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.message).toContain('1 new mismatch(es) for an admin');
  });
});
