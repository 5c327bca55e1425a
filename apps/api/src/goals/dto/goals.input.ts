import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';

@InputType()
export class AddGoalInput {
  @Field({ description: 'In your own words.' })
  @IsString()
  @Length(1, 300, { message: 'A goal is 1–300 characters.' })
  text!: string;
}

@InputType()
export class GoalProgressInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'goalId is not a valid id.' })
  goalId!: string;

  @Field(() => Int, { description: '0 = not at all … 10 = fully there.' })
  @IsInt()
  @Min(0, { message: 'Progress is 0 to 10.' })
  @Max(10, { message: 'Progress is 0 to 10.' })
  progress!: number;
}

@InputType()
export class GoalCheckInInput {
  @Field(() => [Int], { nullable: true, description: 'PHQ-9 answers (9 items, 0–3), optional.' })
  @IsOptional()
  phq9?: number[] | null;

  @Field(() => [Int], { nullable: true, description: 'GAD-7 answers (7 items, 0–3), optional.' })
  @IsOptional()
  gad7?: number[] | null;

  @Field(() => [GoalProgressInput], { defaultValue: [] })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => GoalProgressInput)
  goalProgress!: GoalProgressInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'A note is at most 1,000 characters.' })
  note?: string | null;
}
