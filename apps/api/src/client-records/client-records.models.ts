import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GoalCheckInModel, GoalModel } from '../goals/models/goals.model';
import { IntakeModel } from '../intake/models/intake.model';

@ObjectType('ClientHealthRecord', { description: "A client's intake, screener history and goals, for a therapist they have booked. Every read is audited and shown to the client." })
export class ClientHealthRecordModel {
  @Field(() => ID) clientId!: string;
  @Field(() => IntakeModel, { nullable: true, description: 'Null when the client has not answered an intake.' }) intake!: IntakeModel | null;
  @Field(() => [GoalCheckInModel], { description: 'Re-taken screeners and goal progress, oldest first.' }) checkIns!: GoalCheckInModel[];
  @Field(() => [GoalModel]) goals!: GoalModel[];
}

@ObjectType('HealthDataRead', { description: 'A therapist read your intake and scores.' })
export class HealthDataReadModel {
  @Field() readAt!: Date;
  @Field({ description: "The therapist's name as on their profile." }) therapistName!: string;
  @Field(() => ID, { nullable: true }) therapistId!: string | null;
}
