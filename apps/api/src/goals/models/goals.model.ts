import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Phq9ResultModel, ScreenerResultModel } from '../../intake/models/intake.model';

@ObjectType('Goal')
export class GoalModel {
  @Field(() => ID) id!: string;
  @Field() text!: string;
  @Field() createdAt!: Date;
  @Field() archived!: boolean;
}

@ObjectType('GoalProgress')
export class GoalProgressModel {
  @Field(() => ID) goalId!: string;
  @Field(() => Int) progress!: number;
}

@ObjectType('GoalCheckIn')
export class GoalCheckInModel {
  @Field(() => ID) id!: string;
  @Field() createdAt!: Date;
  @Field(() => Phq9ResultModel, { nullable: true }) phq9!: Phq9ResultModel | null;
  @Field(() => ScreenerResultModel, { nullable: true }) gad7!: ScreenerResultModel | null;
  @Field(() => [GoalProgressModel]) goalProgress!: GoalProgressModel[];
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('IntakeScores', { description: 'The PHQ-9 / GAD-7 answered in the intake: the first point of the progress chart.' })
export class IntakeScoresModel {
  @Field({ description: 'When the intake holding these scores was last submitted.' }) takenAt!: Date;
  @Field(() => Phq9ResultModel, { nullable: true }) phq9!: Phq9ResultModel | null;
  @Field(() => ScreenerResultModel, { nullable: true }) gad7!: ScreenerResultModel | null;
}

@ObjectType('MyGoals')
export class MyGoalsModel {
  /** Whose goals these are (not in the schema): field resolvers load more for the same client. */
  clientId!: string;
  @Field(() => [GoalModel]) goals!: GoalModel[];
  @Field(() => [GoalCheckInModel], { description: 'Oldest first: the history to chart.' }) checkIns!: GoalCheckInModel[];
}
