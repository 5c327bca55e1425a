import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsLocalDate } from '../../common/validation/is-local-date.validator';
import { ArrayMaxSize, IsInt, IsOptional, IsString, IsUrl, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsTimeZone } from '../../common/validation/is-time-zone.validator';

const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const LOCAL_TIME_MESSAGE = 'Use a 24-hour time like 09:00 or 17:30.';

@InputType()
export class TimeWindowInput {
  @Field({ description: "Local start, 'HH:mm'." })
  @Matches(LOCAL_TIME, { message: LOCAL_TIME_MESSAGE })
  startLocal!: string;

  @Field({ description: "Local end, 'HH:mm' (24:00 allowed)." })
  @Matches(LOCAL_TIME, { message: LOCAL_TIME_MESSAGE })
  endLocal!: string;
}

@InputType()
export class WeeklyRuleInput extends TimeWindowInput {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday.' })
  @IsInt()
  @Min(1, { message: 'Weekday is 1 (Monday) to 7 (Sunday).' })
  @Max(7, { message: 'Weekday is 1 (Monday) to 7 (Sunday).' })
  weekday!: number;
}

@InputType()
export class SetWeeklyRulesInput {
  @Field(() => [WeeklyRuleInput], { description: 'The whole week; replaces what was there.' })
  @ArrayMaxSize(70)
  @ValidateNested({ each: true })
  @Type(() => WeeklyRuleInput)
  rules!: WeeklyRuleInput[];
}

@InputType()
export class DateOverrideInput {
  @Field({ description: "Local date 'YYYY-MM-DD' in the therapist's zone." })
  @IsLocalDate()
  date!: string;

  @Field(() => [TimeWindowInput], { description: 'Hours for that day; empty means closed.' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => TimeWindowInput)
  windows!: TimeWindowInput[];
}

@InputType()
export class BookingSettingsInput {
  @Field({ nullable: true, description: 'IANA zone the weekly hours are in.' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(240, { message: 'Buffers are at most 240 minutes.' })
  bufferBeforeMinutes?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(240, { message: 'Buffers are at most 240 minutes.' })
  bufferAfterMinutes?: number;

  @Field(() => Int, { nullable: true, description: 'How long before a session it can still be booked.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(43_200, { message: 'Minimum notice is at most 30 days.' })
  minimumNoticeMinutes?: number;

  @Field(() => Int, { nullable: true, description: 'How far ahead clients can book (up to 366 days).' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'The booking horizon is at least 1 day.' })
  @Max(366, { message: 'You can open your calendar at most 12 months ahead.' })
  horizonDays?: number;

  @Field(() => Int, { nullable: true, description: 'At most this many sessions a day; null for no cap.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'A daily cap is at least 1 session.' })
  @Max(24)
  maxSessionsPerDay?: number | null;

  @Field(() => Int, { nullable: true, description: 'Start times are offered every this many minutes.' })
  @IsOptional()
  @IsInt()
  @Min(5, { message: 'The slot step is at least 5 minutes.' })
  @Max(240, { message: 'The slot step is at most 240 minutes.' })
  slotStepMinutes?: number;
}

@InputType()
export class CalendarUploadInput {
  @Field()
  @IsString()
  @Length(1, 80, { message: 'Name the calendar (1–80 characters).' })
  name!: string;

  @Field({ description: 'The .ics file content (at most 1 MB).' })
  @IsString()
  @MaxLength(1_000_000, { message: 'The calendar file is larger than 1 MB.' })
  icsText!: string;
}

@InputType()
export class CalendarFeedInput {
  @Field()
  @IsString()
  @Length(1, 80, { message: 'Name the calendar (1–80 characters).' })
  name!: string;

  @Field({ description: 'An iCalendar (webcal/https) URL.' })
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: 'Use the calendar’s https:// address.' })
  @MaxLength(2000)
  url!: string;
}
