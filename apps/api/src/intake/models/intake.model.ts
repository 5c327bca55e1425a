import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TherapistGender } from '../../therapists/models/therapist-enums';
import { DayPart, IntakeFormat } from '../dto/submit-intake.input';

@ObjectType('CrisisResource')
export class CrisisResourceModel {
  @Field() name!: string;
  @Field() action!: string;
  @Field({ description: 'tel: or sms: link.' }) href!: string;
}

@ObjectType('ScreenerResult')
export class ScreenerResultModel {
  @Field(() => Int) total!: number;
  @Field() band!: string;
  @Field() bandLabel!: string;
  @Field(() => [Int]) answers!: number[];
}

@ObjectType('Phq9Result')
export class Phq9ResultModel extends ScreenerResultModel {
  @Field() selfHarmItemPositive!: boolean;
}

@ObjectType('IntakeConcern')
export class IntakeConcernModel {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Int) priority!: number;
}

@ObjectType('Intake')
export class IntakeModel {
  @Field(() => ID) id!: string;
  @Field(() => [IntakeConcernModel]) concerns!: IntakeConcernModel[];
  @Field(() => [String]) goals!: string[];
  @Field(() => [String]) preferredModalities!: string[];
  @Field() jurisdiction!: string;
  @Field(() => IntakeFormat) format!: IntakeFormat;
  @Field(() => Int, { nullable: true }) budgetMaxMinor!: number | null;
  @Field() needsSlidingScale!: boolean;
  @Field(() => String, { nullable: true }) insurance!: string | null;
  @Field(() => [String]) languages!: string[];
  @Field(() => [TherapistGender]) genderPreference!: TherapistGender[];
  @Field(() => [String]) communities!: string[];
  @Field(() => String, { nullable: true }) ageGroup!: string | null;
  @Field(() => [Int]) preferredWeekdays!: number[];
  @Field(() => [DayPart]) preferredDayParts!: DayPart[];
  @Field() timeZone!: string;
  @Field(() => Phq9ResultModel, { nullable: true }) phq9!: Phq9ResultModel | null;
  @Field(() => ScreenerResultModel, { nullable: true }) gad7!: ScreenerResultModel | null;
  @Field({ description: 'PHQ-9 item 9 was answered above "Not at all".' }) crisisFlagged!: boolean;
  @Field(() => [CrisisResourceModel], { description: 'Shown before anything else when crisisFlagged; empty otherwise.' })
  crisisResources!: CrisisResourceModel[];
  @Field(() => Int) revision!: number;
  @Field() updatedAt!: Date;
}
