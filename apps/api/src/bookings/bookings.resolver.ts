import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, User } from '../auth/entities/user.entity';
import { CurrentUser, Public, Roles, SignedIn } from '../auth/guards/access.decorators';
import { InputError } from '../common/errors/app-error';
import { parseId } from '../common/validation/parse-id';
import { BookingChange, ExpensiveQuery } from '../rate-limit/rate-limit-budget.decorator';
import { BookingViewer, BookingViews } from './booking-views.service';
import { BookingsService } from './bookings.service';
import { BookSeriesInput, HoldSlotInput } from './dto/bookings.input';
import { Booking } from './entities/booking.entity';
import { BookingEventModel, BookingModel, BookingTermsModel, BookSeriesResultModel, MyBookingsModel } from './models/booking.models';
import { SeriesService } from './series.service';

const MAX_REASON_LENGTH = 500;

@Resolver(() => BookingModel)
export class BookingsResolver {
  constructor(
    private readonly bookings: BookingsService,
    private readonly series: SeriesService,
    private readonly views: BookingViews,
  ) {}

  @Mutation(() => BookingModel, { description: 'Holds an open slot for a few minutes (HELD). A paid session gets a checkoutUrl; SLOT_TAKEN when someone else was faster.' })
  @Roles(Role.CLIENT)
  @BookingChange()
  async holdSlot(@Args('input') input: HoldSlotInput, @CurrentUser() client: User) {
    const held = await this.bookings.holdSlot(client, { ...input, therapistId: parseId('therapistId', input.therapistId), sessionTypeId: parseId('sessionTypeId', input.sessionTypeId) });
    return this.views.forParty(held.booking, 'CLIENT', { checkoutUrl: held.checkoutUrl });
  }

  @Mutation(() => BookingModel, { description: 'Confirms a held free session; paid sessions are confirmed when their payment goes through.' })
  @Roles(Role.CLIENT)
  @BookingChange()
  async confirmBooking(@Args('id', { type: () => ID }) id: string, @CurrentUser() client: User) {
    return this.views.forParty(await this.bookings.confirmBooking(client, parseId('id', id)), 'CLIENT');
  }

  @Mutation(() => BookingModel, { description: "Cancels a booking (client, therapist or admin) under the therapist's policy; the reason is shown to the other party." })
  @SignedIn()
  @BookingChange()
  async cancelBooking(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @CurrentUser() user: User,
  ) {
    requireReason(reason);
    return this.asViewer(await this.bookings.cancelBooking(user, { bookingId: parseId('id', id), reason: reason ?? null }), user);
  }

  @Mutation(() => BookingModel, {
    description:
      "Moves a confirmed booking to another open time, atomically: SLOT_TAKEN leaves it untouched. Free until the cancellation window; inside it the client's first move is free and later ones cost the late-cancel fee; the therapist's moves are free.",
  })
  @Roles(Role.CLIENT, Role.THERAPIST)
  @BookingChange()
  async rescheduleBooking(@Args('id', { type: () => ID }) id: string, @Args('newStartsAt') newStartsAt: Date, @CurrentUser() user: User) {
    return this.asViewer(await this.bookings.rescheduleBooking(user, parseId('id', id), newStartsAt), user);
  }

  @Mutation(() => BookingModel, { description: 'The therapist records that the session took place (after its start).' })
  @Roles(Role.THERAPIST)
  async completeBooking(@Args('id', { type: () => ID }) id: string, @CurrentUser() therapist: User) {
    return this.views.forParty(await this.bookings.completeBooking(therapist, parseId('id', id)), 'THERAPIST');
  }

  @Mutation(() => BookingModel, { description: 'The therapist records that the client did not come (after the start); the no-show fee applies.' })
  @Roles(Role.THERAPIST)
  async markNoShow(@Args('id', { type: () => ID }) id: string, @CurrentUser() therapist: User) {
    return this.views.forParty(await this.bookings.markNoShow(therapist, parseId('id', id)), 'THERAPIST');
  }

  @Mutation(() => BookSeriesResultModel, {
    description:
      "Books a weekly (or every other week) series, keeping the first session's wall-clock time in the therapist's zone; conflicts come back with the nearest open alternative. The same key again returns the series booked (without its conflicts).",
  })
  @Roles(Role.CLIENT)
  @BookingChange()
  async bookSeries(@Args('input') input: BookSeriesInput, @CurrentUser() client: User): Promise<BookSeriesResultModel> {
    const outcome = await this.series.bookSeries(client, { ...input, therapistId: parseId('therapistId', input.therapistId), sessionTypeId: parseId('sessionTypeId', input.sessionTypeId) });
    return { seriesId: outcome.series.id, booked: await this.views.toModels(outcome.booked, 'CLIENT'), conflicts: outcome.conflicts };
  }

  @Mutation(() => [BookingModel], { description: 'Cancels a series from one occurrence on (fromBookingId), or every occurrence still ahead.' })
  @SignedIn()
  @BookingChange()
  async cancelSeries(
    @Args('seriesId', { type: () => ID }) seriesId: string,
    @Args('fromBookingId', { type: () => ID, nullable: true }) fromBookingId: string | null,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @CurrentUser() user: User,
  ) {
    requireReason(reason);
    const cancelled = await this.series.cancelSeries(user, parseId('seriesId', seriesId), fromBookingId ? parseId('fromBookingId', fromBookingId) : null, reason ?? null);
    return cancelled.length === 0 ? [] : this.views.toModels(cancelled, viewerOf(cancelled[0], user));
  }

  @Query(() => BookingTermsModel, { description: 'Price, cancellation policy in words and what cancelling would cost, for a time before it is held (the review step).' })
  @Public()
  @ExpensiveQuery()
  bookingTerms(
    @Args('therapistId', { type: () => ID }) therapistId: string,
    @Args('sessionTypeId', { type: () => ID }) sessionTypeId: string,
    @Args('startsAt') startsAt: Date,
  ) {
    return this.views.terms({ therapistId: parseId('therapistId', therapistId), sessionTypeId: parseId('sessionTypeId', sessionTypeId), startsAt });
  }

  @Query(() => BookingModel, { description: 'One booking, for its client, its therapist or an admin.' })
  @SignedIn()
  async booking(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: User) {
    return this.views.forPartyById(user, parseId('id', id));
  }

  @Query(() => MyBookingsModel, { description: "The caller's bookings: upcoming and past." })
  @Roles(Role.CLIENT)
  myBookings(@CurrentUser() client: User) {
    return this.views.myBookings(client);
  }

  @Query(() => [BookingModel], { description: "The caller's calendar between two instants (at most 31 days), with each client's name and email." })
  @Roles(Role.THERAPIST)
  therapistBookings(@Args('from') from: Date, @Args('to') to: Date, @CurrentUser() therapist: User) {
    return this.views.therapistBookings(therapist, from, to);
  }

  @Query(() => [BookingEventModel], { description: 'Every change of a booking, oldest first (admins).' })
  @Roles(Role.ADMIN)
  bookingHistory(@Args('bookingId', { type: () => ID }) bookingId: string, @CurrentUser() admin: User) {
    return this.views.bookingHistory(admin, parseId('bookingId', bookingId));
  }

  private asViewer(booking: Booking, user: User) {
    return this.views.forParty(booking, viewerOf(booking, user));
  }
}

function viewerOf(booking: Booking, user: User): BookingViewer {
  if (booking.client.id === user.id) return 'CLIENT';
  return user.role === Role.ADMIN ? 'ADMIN' : 'THERAPIST';
}

function requireReason(reason: string | null | undefined): void {
  if (typeof reason === 'string' && reason.length > MAX_REASON_LENGTH) throw new InputError('reason', `Keep the reason under ${MAX_REASON_LENGTH} characters.`);
}
