import { Args, Field, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Role, User } from '../auth/entities/user.entity';
import { CurrentUser, Roles } from '../auth/guards/access.decorators';
import { BookingViews } from '../bookings/booking-views.service';
import { BookingModel } from '../bookings/models/booking.models';
import { parseId } from '../common/validation/parse-id';
import { BookingChange } from '../rate-limit/rate-limit-budget.decorator';
import { FarSessionsService } from './far-sessions/far-sessions.service';
import { PaymentsService } from './payments.service';

@ObjectType('PayoutStatus', { description: "A therapist's Stripe Connect account as Rapport knows it." })
export class PayoutStatusModel {
  @Field(() => Boolean, { description: 'An Express account exists (onboarding started).' })
  hasAccount!: boolean;

  @Field(() => Boolean, { description: 'The account can take charges: paid session types can be booked.' })
  chargesEnabled!: boolean;

  @Field(() => Boolean, { description: 'Stripe pays the money out to the bank account.' })
  payoutsEnabled!: boolean;
}

@ObjectType('PayoutOnboarding')
export class PayoutOnboardingModel {
  @Field(() => String, { description: 'Single-use link to Stripe onboarding (the emulator locally); valid a few minutes.' })
  url!: string;

  @Field(() => PayoutStatusModel)
  status!: PayoutStatusModel;
}

const toModel = (status: { accountId: string | null; chargesEnabled: boolean; payoutsEnabled: boolean }): PayoutStatusModel => ({
  hasAccount: status.accountId !== null,
  chargesEnabled: status.chargesEnabled,
  payoutsEnabled: status.payoutsEnabled,
});

@ObjectType('PayNow', { description: 'Where to pay a booking whose payment is due.' })
export class PayNowModel {
  @Field(() => String, { description: "Stripe's hosted checkout (the emulator locally)." })
  checkoutUrl!: string;

  @Field(() => Date, { description: 'Unpaid at this instant, the session is cancelled.' })
  dueBy!: Date;
}

@Resolver()
export class PaymentsResolver {
  constructor(
    private readonly payments: PaymentsService,
    private readonly farSessions: FarSessionsService,
    private readonly views: BookingViews,
  ) {}

  @Query(() => PayoutStatusModel, { description: "The signed-in therapist's payouts: until charges are enabled only free sessions can be booked." })
  @Roles(Role.THERAPIST)
  async myPayoutStatus(@CurrentUser() user: User) {
    return toModel(await this.payments.payoutStatus(user));
  }

  @Mutation(() => PayoutOnboardingModel, { description: 'Creates (once) the Stripe Express account and returns a fresh onboarding link.' })
  @Roles(Role.THERAPIST)
  @BookingChange()
  async startPayoutOnboarding(@CurrentUser() user: User) {
    const started = await this.payments.startPayoutOnboarding(user);
    return { url: started.url, status: toModel(started.status) };
  }

  @Mutation(() => PayoutStatusModel, { description: 'Re-reads the account from Stripe (after returning from onboarding).' })
  @Roles(Role.THERAPIST)
  @BookingChange()
  async refreshPayoutStatus(@CurrentUser() user: User) {
    return toModel(await this.payments.refreshPayoutStatus(user));
  }

  @Mutation(() => BookingModel, { description: "The checkout return page: settles the booking's payment now (confirmed once, whether this or the webhook comes first). A booking still held unpaid comes back with its open checkoutUrl." })
  @Roles(Role.CLIENT)
  @BookingChange()
  async confirmCheckout(@Args('bookingId', { type: () => ID }) bookingId: string, @CurrentUser() client: User) {
    const booking = await this.payments.confirmCheckout(client, parseId('bookingId', bookingId));
    // Still held and unpaid (declined, or the client came back without paying): the open checkout to try again.
    return this.views.forParty(booking, 'CLIENT', { checkoutUrl: await this.payments.openCheckoutUrl(booking) });
  }

  @Mutation(() => PayNowModel, { description: "The pay-now page of a booking whose saved card was declined (paymentStatus PAYMENT_DUE): a fresh Checkout Session for its price." })
  @Roles(Role.CLIENT)
  @BookingChange()
  async payBookingNow(@Args('bookingId', { type: () => ID }) bookingId: string, @CurrentUser() client: User) {
    return this.farSessions.payNow(client, parseId('bookingId', bookingId));
  }
}
