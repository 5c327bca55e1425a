import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Role, User } from '../../auth/entities/user.entity';
import { CurrentUser, Roles } from '../../auth/guards/access.decorators';
import { InputError } from '../../common/errors/app-error';
import { EarningsModel, EarningsPeriod, PaymentIssueModel, ReceiptModel } from './ledger.models';
import { LedgerService } from './ledger.service';

const MAX_PERIODS = 60;

@Resolver()
export class LedgerResolver {
  constructor(private readonly ledger: LedgerService) {}

  @Query(() => [ReceiptModel], { description: "The signed-in client's receipts: one per paid checkout, latest session first, with refunds." })
  @Roles(Role.CLIENT)
  myReceipts(@CurrentUser() client: User): Promise<ReceiptModel[]> {
    return this.ledger.receiptsOf(client);
  }

  @Query(() => EarningsModel, { description: "The signed-in therapist's earnings by week or month of the session (gross, platform fee, refunds, net) and payout status." })
  @Roles(Role.THERAPIST)
  myEarnings(
    @CurrentUser() therapist: User,
    @Args('period', { type: () => EarningsPeriod }) period: EarningsPeriod,
    @Args('periods', { type: () => Int, defaultValue: 12, description: `How many periods with paid sessions, latest first (1–${MAX_PERIODS}).` }) periods: number,
  ): Promise<EarningsModel> {
    if (!Number.isInteger(periods) || periods < 1 || periods > MAX_PERIODS) throw new InputError('periods', `Ask for 1 to ${MAX_PERIODS} periods.`);
    return this.ledger.earningsOf(therapist, period, periods);
  }

  @Query(() => [PaymentIssueModel], { description: 'Disputed charges first, then declined or failed ones, latest first (at most 200). Admins only.' })
  @Roles(Role.ADMIN)
  adminPaymentIssues(): Promise<PaymentIssueModel[]> {
    return this.ledger.paymentIssues();
  }
}
