import 'reflect-metadata';
import { PaymentsModule } from '../payments/payments.module';
import { ReconciliationService } from '../payments/reconciliation/reconciliation.service';
import { runCommand, say } from './cli-support';

// npm run payments:reconcile — compares Stripe objects of the last
// RECONCILIATION_WINDOW_HOURS with local payments now, repairs what lost
// webhooks left, and records what it cannot repair (the `paymentMismatches` admin query).
void runCommand({
  modules: [PaymentsModule],
  async run(context) {
    const report = await context.get(ReconciliationService).run();
    say(`examined ${report.examined} Stripe object(s); repaired ${report.repaired} booking(s); ${report.mismatches} new mismatch(es); ${report.failed} failed`);
  },
});
