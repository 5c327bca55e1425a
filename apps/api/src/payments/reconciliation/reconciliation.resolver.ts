import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';
import { Role, User } from '../../auth/entities/user.entity';
import { CurrentUser, Roles } from '../../auth/guards/access.decorators';
import { PaymentMismatch } from '../entities/payment-mismatch.entity';
import { BookingParties, ReconciliationService } from './reconciliation.service';

@ObjectType('PaymentMismatch', { description: 'Something reconciliation found in Stripe and could not repair; an admin looks at it and resolves it.' })
export class PaymentMismatchModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'The Stripe object (pi_…, cs_…, re_…, dp_…).' }) stripeObjectId!: string;
  @Field({ description: 'NO_LOCAL_BOOKING, UNKNOWN_CHARGE, UNKNOWN_REFUND or UNKNOWN_DISPUTE.' }) reason!: string;
  @Field(() => ID, { nullable: true }) bookingId!: string | null;
  @Field(() => String, { nullable: true, description: "The booking's therapist, when the booking exists here." }) therapistName!: string | null;
  @Field(() => String, { nullable: true, description: "The booking's client in words (the email before the @), when the booking exists here." }) clientName!: string | null;
  @Field(() => String, { nullable: true, description: "The booking's client's email, when the booking exists here." }) clientEmail!: string | null;
  @Field(() => Int, { nullable: true, description: 'Cents.' }) amountMinor!: number | null;
  @Field() details!: string;
  @Field(() => Date) detectedAt!: Date;
  @Field(() => Date, { nullable: true }) resolvedAt!: Date | null;
  @Field(() => String, { nullable: true, description: "The resolving admin's email." }) resolvedBy!: string | null;
  @Field(() => String, { nullable: true }) resolutionNote!: string | null;
}

@ObjectType('ReconciliationReport')
export class ReconciliationReportModel {
  @Field(() => Int, { description: 'Stripe objects looked at.' }) examined!: number;
  @Field(() => Int, { description: 'Bookings brought up to date with Stripe.' }) repaired!: number;
  @Field(() => Int, { description: 'New mismatches recorded.' }) mismatches!: number;
  @Field(() => Int, { description: 'Objects or bookings that could not be checked this time (logged; the next run tries again).' }) failed!: number;
}

@InputType()
export class ResolvePaymentMismatchInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id is not a valid id.' })
  id!: string;

  @Field({ description: 'What was done about it (5–500 characters).' })
  @IsString()
  @Length(5, 500, { message: 'Give a note of 5–500 characters.' })
  note!: string;
}

const toModel = (row: PaymentMismatch, parties: Map<string, BookingParties>): PaymentMismatchModel => ({
  id: row.id,
  stripeObjectId: row.stripeObjectId,
  reason: row.reason,
  bookingId: row.bookingId,
  therapistName: (row.bookingId && parties.get(row.bookingId)?.therapistName) ?? null,
  clientName: (row.bookingId && parties.get(row.bookingId)?.clientName) ?? null,
  clientEmail: (row.bookingId && parties.get(row.bookingId)?.clientEmail) ?? null,
  amountMinor: row.amountMinor,
  details: row.details,
  detectedAt: row.detectedAt,
  resolvedAt: row.resolvedAt,
  resolvedBy: row.resolvedBy?.email ?? null,
  resolutionNote: row.resolutionNote,
});

@Resolver()
export class ReconciliationResolver {
  constructor(private readonly reconciliation: ReconciliationService) {}

  @Query(() => [PaymentMismatchModel], { description: 'What payment reconciliation could not repair, newest first (200 at most).' })
  @Roles(Role.ADMIN)
  async paymentMismatches(@Args('unresolvedOnly', { type: () => Boolean, defaultValue: true }) unresolvedOnly: boolean) {
    const rows = await this.reconciliation.list({ unresolvedOnly });
    const parties = await this.reconciliation.partiesOf(rows.map((row) => row.bookingId));
    return rows.map((row) => toModel(row, parties));
  }

  @Mutation(() => ReconciliationReportModel, { description: 'Runs payment reconciliation now (it also runs every RECONCILIATION_INTERVAL_MINUTES).' })
  @Roles(Role.ADMIN)
  async runPaymentReconciliation() {
    return this.reconciliation.run();
  }

  @Mutation(() => PaymentMismatchModel, { description: 'Marks a mismatch as dealt with, with a note (audited).' })
  @Roles(Role.ADMIN)
  async resolvePaymentMismatch(@Args('input') input: ResolvePaymentMismatchInput, @CurrentUser() admin: User) {
    const row = await this.reconciliation.resolve(admin, input.id, input.note.trim());
    return toModel(row, await this.reconciliation.partiesOf([row.bookingId]));
  }
}
