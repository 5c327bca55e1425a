import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, User } from '../../auth/entities/user.entity';
import { CurrentUser, Roles } from '../../auth/guards/access.decorators';
import { SaveIntakeDraftInput } from './intake-draft.input';
import { IntakeDraftModel } from './intake-draft.model';
import { IntakeDraftService } from './intake-draft.service';

@Resolver()
export class IntakeDraftResolver {
  constructor(private readonly drafts: IntakeDraftService) {}

  @Query(() => IntakeDraftModel, { nullable: true, description: 'Your unfinished intake, or null when there is none (submitting it deletes it).' })
  @Roles(Role.CLIENT)
  myIntakeDraft(@CurrentUser() user: User) {
    return this.drafts.findOwn(user);
  }

  @Mutation(() => IntakeDraftModel, { description: 'Keeps your unfinished intake (encrypted) so it opens again in another tab or device.' })
  @Roles(Role.CLIENT)
  saveIntakeDraft(@Args('input') input: SaveIntakeDraftInput, @CurrentUser() user: User) {
    return this.drafts.save(user, { answers: input.answers, stepIndex: input.stepIndex });
  }

  @Mutation(() => Boolean, { description: 'Throws away your unfinished intake; true when there was one.' })
  @Roles(Role.CLIENT)
  discardIntakeDraft(@CurrentUser() user: User) {
    return this.drafts.discard(user);
  }
}
