import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { DayPart } from '../intake/dto/submit-intake.input';

@InputType()
export class JoinWaitlistInput {
  @Field(() => ID)
  @IsString()
  therapistId!: string;

  @Field(() => ID, { nullable: true, description: "Null: any of the therapist's session types." })
  @IsOptional()
  @IsString()
  sessionTypeId?: string | null;

  @Field(() => [Int], { defaultValue: [], description: 'ISO weekdays (1 = Monday) you can come; empty: any day.' })
  @ArrayMaxSize(7)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true, message: 'Weekdays are 1 (Monday) to 7 (Sunday).' })
  @Max(7, { each: true, message: 'Weekdays are 1 (Monday) to 7 (Sunday).' })
  weekdays!: number[];

  @Field(() => [DayPart], { defaultValue: [], description: 'Parts of the day you can come; empty: any time.' })
  @ArrayUnique()
  @IsEnum(DayPart, { each: true })
  dayParts!: DayPart[];

  @Field(() => String, { nullable: true, description: "Your IANA zone for the days and times (your account's when left out)." })
  @IsOptional()
  @IsString()
  timeZone?: string | null;

  @Field(() => String, { nullable: true, description: 'Wait no later than this date (YYYY-MM-DD).' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Give the date as YYYY-MM-DD.' })
  toDate?: string | null;

  @Field(() => String, { nullable: true, description: "The state you will be in for sessions (your intake's when left out)." })
  @IsOptional()
  @IsString()
  jurisdiction?: string | null;
}

@ObjectType('WaitlistEntry')
export class WaitlistEntryModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) therapistId!: string;
  @Field() therapistName!: string;
  @Field(() => ID, { nullable: true }) sessionTypeId!: string | null;
  @Field(() => [Int]) weekdays!: number[];
  @Field(() => [DayPart]) dayParts!: DayPart[];
  @Field() timeZone!: string;
  @Field(() => String, { nullable: true }) toDate!: string | null;
  @Field() joinedAt!: Date;
  @Field(() => ID, { nullable: true, description: 'A time held for you right now (a HELD booking to confirm before it lapses).' }) offeredBookingId!: string | null;
}
