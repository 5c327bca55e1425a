import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, User } from '../auth/entities/user.entity';
import { CurrentUser, Roles } from '../auth/guards/access.decorators';
import { parseId } from '../common/validation/parse-id';
import { JoinWaitlistInput, WaitlistEntryModel } from './waitlist.dto';
import { WaitlistService } from './waitlist.service';

@Resolver(() => WaitlistEntryModel)
export class WaitlistResolver {
  constructor(private readonly waitlist: WaitlistService) {}

  @Mutation(() => WaitlistEntryModel, { description: "Waits for a time with a therapist: when one that fits opens, it is held for you and you get an e-mail." })
  @Roles(Role.CLIENT)
  joinWaitlist(@Args('input') input: JoinWaitlistInput, @CurrentUser() client: User) {
    return this.waitlist.join(client, {
      ...input,
      therapistId: parseId('therapistId', input.therapistId),
      sessionTypeId: input.sessionTypeId ? parseId('sessionTypeId', input.sessionTypeId) : null,
    });
  }

  @Mutation(() => Boolean, { description: 'Stops waiting (a time already held for you stays held until it lapses).' })
  @Roles(Role.CLIENT)
  leaveWaitlist(@Args('id', { type: () => ID }) id: string, @CurrentUser() client: User) {
    return this.waitlist.leave(client, parseId('id', id));
  }

  @Query(() => [WaitlistEntryModel], { description: 'The waitlists you are on, with any time held for you now.' })
  @Roles(Role.CLIENT)
  myWaitlist(@CurrentUser() client: User) {
    return this.waitlist.mine(client);
  }
}
