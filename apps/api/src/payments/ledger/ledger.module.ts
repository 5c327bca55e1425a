import { Module } from '@nestjs/common';
import { StripeClientModule } from '../stripe-client';
import { LedgerResolver } from './ledger.resolver';
import { LedgerService } from './ledger.service';

/** Read-only money views over `payments`: receipts, earnings, payment issues (issue 10 point 8). */
@Module({
  imports: [StripeClientModule],
  providers: [LedgerService, LedgerResolver],
  exports: [LedgerService],
})
export class LedgerModule {}
