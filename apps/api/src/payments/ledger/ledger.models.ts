import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum EarningsPeriod {
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(EarningsPeriod, { name: 'EarningsPeriod', description: 'Weeks start on Monday; both in the therapist\'s time zone.' });

export enum PaymentIssueKind {
  /** The cardholder's bank opened a dispute on the charge. */
  DISPUTED = 'DISPUTED',
  /** A charge was declined or failed (the client may have paid later with another card). */
  DECLINED = 'DECLINED',
}
registerEnumType(PaymentIssueKind, { name: 'PaymentIssueKind' });

@ObjectType('Receipt', { description: 'One paid checkout of a booking, as the client sees it. Amounts in cents.' })
export class ReceiptModel {
  @Field(() => ID, { description: 'The payment.' }) id!: string;
  @Field(() => ID) bookingId!: string;
  @Field(() => Date, { nullable: true, description: 'When the card was charged (from Stripe); null when Stripe could not be asked.' }) paidAt!: Date | null;
  @Field(() => Date) sessionStartsAt!: Date;
  @Field() therapistName!: string;
  @Field() sessionTypeName!: string;
  @Field(() => Int) amountMinor!: number;
  @Field(() => Int) refundedMinor!: number;
  @Field(() => Int, { description: 'Paid less refunds.' }) netPaidMinor!: number;
  @Field() currency!: string;
  @Field(() => String, { nullable: true, description: 'Card brand, e.g. visa (from Stripe; null when unknown).' }) cardBrand!: string | null;
  @Field(() => String, { nullable: true, description: 'Last four digits of the card (from Stripe; null when unknown).' }) cardLast4!: string | null;
  @Field(() => String, { description: 'The booking status: a receipt stays after a cancellation, with its refund.' }) bookingStatus!: string;
  @Field(() => String, { nullable: true, description: 'Where the superbill PDF downloads, once the session is completed and something stays paid; else null.' })
  superbillUrl!: string | null;
}

@ObjectType('EarningsRow', { description: "Money from paid sessions in one period (by the session's date). Cents." })
export class EarningsRowModel {
  @Field(() => String, { description: 'First local day of the period (YYYY-MM-DD); null in the totals.', nullable: true }) periodStart!: string | null;
  @Field(() => String, { description: 'Last local day of the period (YYYY-MM-DD); null in the totals.', nullable: true }) periodEnd!: string | null;
  @Field(() => Int, { description: 'Paid sessions (payments that succeeded).' }) paidSessions!: number;
  @Field(() => Int, { description: 'Of those, how many were refunded in part or in full.' }) refundedSessions!: number;
  @Field(() => Int, { description: 'What clients paid.' }) grossMinor!: number;
  @Field(() => Int, { description: 'What was given back to clients.' }) refundsMinor!: number;
  @Field(() => Int, { description: "The platform's fee kept: the application fee less the part refunded with client refunds." }) platformFeeMinor!: number;
  @Field(() => Int, { description: 'Gross less refunds less the platform fee kept: what Stripe pays the therapist.' }) netMinor!: number;
}

@ObjectType('PayoutAccount', { description: "A therapist's Stripe account as Stripe reports it now, with the balance when Stripe offers one." })
export class PayoutAccountModel {
  @Field() hasAccount!: boolean;
  @Field() chargesEnabled!: boolean;
  @Field() payoutsEnabled!: boolean;
  @Field(() => Int, { nullable: true, description: 'Available to pay out, in cents; null when unknown (see balanceNote).' }) availableMinor!: number | null;
  @Field(() => Int, { nullable: true, description: 'On its way (not yet available), in cents; null when unknown.' }) pendingMinor!: number | null;
  @Field(() => String, { nullable: true, description: 'Why the balance is not shown, in words; null when it is.' }) balanceNote!: string | null;
}

@ObjectType('Earnings')
export class EarningsModel {
  @Field(() => EarningsPeriod) period!: EarningsPeriod;
  @Field(() => [EarningsRowModel], { description: 'Periods with paid sessions, latest first.' }) rows!: EarningsRowModel[];
  @Field(() => EarningsRowModel, { description: 'All paid sessions ever.' }) totals!: EarningsRowModel;
  @Field() currency!: string;
  @Field(() => PayoutAccountModel) payouts!: PayoutAccountModel;
}

@ObjectType('PaymentIssue', { description: 'A disputed or declined charge, for admins, with who and what it was for in words.' })
export class PaymentIssueModel {
  @Field(() => ID, { description: 'The payment.' }) id!: string;
  @Field(() => PaymentIssueKind) kind!: PaymentIssueKind;
  @Field(() => ID) bookingId!: string;
  @Field(() => Date) sessionStartsAt!: Date;
  @Field() bookingStatus!: string;
  @Field() sessionTypeName!: string;
  @Field() therapistName!: string;
  @Field() clientName!: string;
  @Field() clientEmail!: string;
  @Field(() => Int) amountMinor!: number;
  @Field(() => Int) refundedMinor!: number;
  @Field() currency!: string;
  @Field({ description: 'OPEN, SUCCEEDED, EXPIRED or REFUNDED: a declined card may have been followed by a successful one.' }) paymentStatus!: string;
  @Field(() => String, { nullable: true, description: "Stripe's words for the decline; null for a dispute." }) lastError!: string | null;
  @Field(() => Date) updatedAt!: Date;
}
