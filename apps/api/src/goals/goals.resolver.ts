import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, User } from '../auth/entities/user.entity';
import { CurrentUser, Roles } from '../auth/guards/access.decorators';
import { parseId } from '../common/validation/parse-id';
import { AddGoalInput, GoalCheckInInput } from './dto/goals.input';
import { GoalsService } from './goals.service';
import { MyGoalsModel } from './models/goals.model';

@Resolver()
export class GoalsResolver {
  constructor(private readonly goals: GoalsService) {}

  @Query(() => MyGoalsModel, { description: 'Your goals and every check-in, oldest first.' })
  @Roles(Role.CLIENT)
  myGoals(@CurrentUser() user: User) {
    return this.goals.mine(user);
  }

  @Mutation(() => MyGoalsModel)
  @Roles(Role.CLIENT)
  addGoal(@Args('input') input: AddGoalInput, @CurrentUser() user: User) {
    return this.goals.add(user, input.text);
  }

  @Mutation(() => MyGoalsModel)
  @Roles(Role.CLIENT)
  archiveGoal(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: User) {
    return this.goals.archive(user, parseId('id', id));
  }

  @Mutation(() => MyGoalsModel, { description: 'Records progress on goals and/or re-taken PHQ-9 / GAD-7.' })
  @Roles(Role.CLIENT)
  addGoalCheckIn(@Args('input') input: GoalCheckInInput, @CurrentUser() user: User) {
    return this.goals.checkIn(user, input);
  }
}
