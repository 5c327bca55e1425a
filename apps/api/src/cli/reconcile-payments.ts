import 'reflect-metadata';
import { PaymentsModule } from '../payments/payments.module';
import { ReconciliationService } from '../payments/reconciliation/reconciliation.service';
import { runCommand, say } from './cli-support';
import { reconcileOutcome } from './reconcile-outcome';

// npm run payments:reconcile — compares Stripe objects of the last
// RECONCILIATION_WINDOW_HOURS with local payments now, repairs what lost
// webhooks left, and records what it cannot repair (the `paymentMismatches` admin query).
// Exits 1 when something could not be checked or a new mismatch was recorded.
void runCommand({
  modules: [PaymentsModule],
  async run(context) {
    const { message, exitCode } = reconcileOutcome(await context.get(ReconciliationService).run());
    say(message);
    return exitCode;
  },
});
