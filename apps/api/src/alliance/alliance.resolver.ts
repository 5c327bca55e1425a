import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, User } from '../auth/entities/user.entity';
import { CurrentUser, Roles } from '../auth/guards/access.decorators';
import { parseId } from '../common/validation/parse-id';
import { PendingSessionRatingModel, RateSessionInput, SessionRatingResultModel } from './alliance.models';
import { AllianceService } from './alliance.service';

@Resolver()
export class AllianceResolver {
  constructor(private readonly alliance: AllianceService) {}

  @Query(() => [PendingSessionRatingModel], { description: 'Completed sessions (your first three with each therapist) waiting for your rating, newest first.' })
  @Roles(Role.CLIENT)
  pendingSessionRatings(@CurrentUser() client: User) {
    return this.alliance.pending(client);
  }

  @Mutation(() => SessionRatingResultModel, { description: 'Rates how a session felt (four items, 0–10). A low rating or "not a good fit" offers a rematch.' })
  @Roles(Role.CLIENT)
  rateSession(@Args('input') input: RateSessionInput, @CurrentUser() client: User) {
    return this.alliance.rate(client, { ...input, bookingId: parseId('bookingId', input.bookingId) });
  }

  @Mutation(() => Boolean, { description: 'After a rematch offer: lets the next therapist you book read your intake and scores. Without it, they cannot.' })
  @Roles(Role.CLIENT)
  shareIntakeWithNextTherapist(@CurrentUser() client: User) {
    return this.alliance.shareWithNextTherapist(client);
  }
}
