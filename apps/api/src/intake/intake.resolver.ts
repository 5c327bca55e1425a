import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, User } from '../auth/entities/user.entity';
import { CurrentUser, Roles } from '../auth/guards/access.decorators';
import { SubmitIntakeInput } from './dto/submit-intake.input';
import { toIntakeModel, IntakeService } from './intake.service';
import { IntakeModel } from './models/intake.model';

@Resolver()
export class IntakeResolver {
  constructor(private readonly intakes: IntakeService) {}

  @Mutation(() => IntakeModel, { description: 'Creates or revises your intake. Crisis resources come first when PHQ-9 item 9 is above 0.' })
  @Roles(Role.CLIENT)
  async submitIntake(@Args('input') input: SubmitIntakeInput, @CurrentUser() user: User) {
    return toIntakeModel(await this.intakes.submit(user, input));
  }

  @Query(() => IntakeModel, { nullable: true, description: 'Your intake, or null before you answer it.' })
  @Roles(Role.CLIENT)
  async myIntake(@CurrentUser() user: User) {
    const intake = await this.intakes.findOwn(user);
    return intake ? toIntakeModel(intake) : null;
  }
}
