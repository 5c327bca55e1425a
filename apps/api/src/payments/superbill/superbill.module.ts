import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/audit.module';
import { LedgerModule } from '../ledger/ledger.module';
import { SuperbillController } from './superbill.controller';
import { SuperbillService } from './superbill.service';

/** Superbills (issue 10 point 9): a PDF per completed, paid session for the client's insurer. */
@Module({
  imports: [AuditModule, LedgerModule],
  controllers: [SuperbillController],
  providers: [SuperbillService],
})
export class SuperbillModule {}
