import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { cancellationCostNow, describeCancellationPolicy } from '@rapport/domain';
import { Public } from '../auth/guards/access.decorators';
import { SessionType } from '../availability/entities/session-type.entity';
import { ScheduleService } from '../availability/schedule.service';
import { Clock } from '../common/clock';
import { parseId } from '../common/validation/parse-id';
import { BookingError } from './bookings.errors';
import { CancellationPreviewModel } from './models/booking.models';

@ObjectType('BookingTerms', { description: 'What a time would cost and what cancelling it would cost, shown before a client holds it.' })
export class BookingTermsModel {
  @Field(() => Int, { description: 'Price in cents.' }) priceMinor!: number;
  @Field({ description: "The therapist's cancellation policy in words, with amounts for this session." }) policyText!: string;
  @Field(() => CancellationPreviewModel, { description: 'Cancelling right after booking: free until when, and the cost after.' }) cancellation!: CancellationPreviewModel;
}

/**
 * The review step before a hold: the same pure policy functions the booking
 * itself uses (libs/domain), so the words and amounts match what the booking shows.
 */
@Resolver(() => BookingTermsModel)
export class BookingTermsResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly schedules: ScheduleService,
  ) {}

  @Query(() => BookingTermsModel, { description: 'Price and cancellation policy of a session type at a start time, for the review before holding it.' })
  @Public()
  async bookingTerms(
    @Args('therapistId', { type: () => ID }) therapistId: string,
    @Args('sessionTypeId', { type: () => ID }) sessionTypeId: string,
    @Args('startsAt') startsAt: Date,
  ): Promise<BookingTermsModel> {
    const sessionType = await this.em.findOne(SessionType, { id: parseId('sessionTypeId', sessionTypeId), therapist: parseId('therapistId', therapistId), archivedAt: null });
    if (!sessionType) throw BookingError.sessionTypeNotFound();
    const { policy } = (await this.schedules.cancellationPolicies([sessionType.therapist.id])).get(sessionType.therapist.id)!;
    const preview = cancellationCostNow({ policy, priceMinor: sessionType.priceMinor, startsAt, now: this.clock.now() });
    return {
      priceMinor: sessionType.priceMinor,
      policyText: describeCancellationPolicy(policy, sessionType.priceMinor),
      cancellation: { freeUntil: preview.freeUntil, freeNow: preview.freeNow, costMinor: preview.costMinor, text: preview.text },
    };
  }
}
