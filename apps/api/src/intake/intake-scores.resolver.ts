import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IntakeScoresModel, MyGoalsModel } from '../goals/models/goals.model';
import { IntakeService } from './intake.service';

/** The intake's screeners on the Goals page, so the chart starts where the client started. */
@Resolver(() => MyGoalsModel)
export class IntakeScoresResolver {
  constructor(private readonly intakes: IntakeService) {}

  // MyGoals is only ever returned to its own client (myGoals and the goal mutations), so this reads their intake.
  @ResolveField(() => IntakeScoresModel, { nullable: true, description: 'Your intake’s PHQ-9 / GAD-7, when you answered either; null otherwise.' })
  async intakeScores(@Parent() goals: MyGoalsModel): Promise<IntakeScoresModel | null> {
    const intake = await this.intakes.findByClientId(goals.clientId);
    if (!intake) return null;
    const { phq9, gad7 } = intake.screeners;
    return phq9 || gad7 ? { takenAt: intake.updatedAt, phq9, gad7 } : null;
  }
}
