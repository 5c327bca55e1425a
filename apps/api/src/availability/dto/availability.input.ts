import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsLocalDate } from '../../common/validation/is-local-date.validator';
import { ArrayMaxSize, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CANCELLATION_POLICY_LIMITS as POLICY, MAX_WINDOWS_PER_DAY, MINUTES_PER_DAY, SLOT_SETTINGS_BOUNDS } from '@rapport/domain';
import { IsTimeZone } from '../../common/validation/is-time-zone.validator';

// Times, dates, weekdays and overlaps are judged by the domain validators the
// services call (one rule, one message); these types only check shape and size.

@InputType()
export class TimeWindowInput {
  @Field({ description: "Local start, 'HH:mm'." })
  @IsString()
  @MaxLength(5, { message: 'Use a 24-hour time like 09:00 or 17:30.' })
  startLocal!: string;

  @Field({ description: "Local end, 'HH:mm' (24:00 allowed)." })
  @IsString()
  @MaxLength(5, { message: 'Use a 24-hour time like 09:00 or 17:30.' })
  endLocal!: string;
}

@InputType()
export class WeeklyRuleInput extends TimeWindowInput {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday.' })
  @IsInt()
  weekday!: number;
}

@InputType()
export class SetWeeklyRulesInput {
  @Field(() => [WeeklyRuleInput], { description: 'The whole week; replaces what was there.' })
  @ArrayMaxSize(7 * MAX_WINDOWS_PER_DAY, { message: `At most ${MAX_WINDOWS_PER_DAY} windows a day.` })
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
  @ArrayMaxSize(MAX_WINDOWS_PER_DAY, { message: `At most ${MAX_WINDOWS_PER_DAY} windows a day.` })
  @ValidateNested({ each: true })
  @Type(() => TimeWindowInput)
  windows!: TimeWindowInput[];
}

const BOUNDS = SLOT_SETTINGS_BOUNDS;

@InputType()
export class BookingSettingsInput {
  @Field({ nullable: true, description: 'IANA zone the weekly hours are in.' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(BOUNDS.bufferBeforeMinutes.min)
  @Max(BOUNDS.bufferBeforeMinutes.max, { message: `Buffers are at most ${BOUNDS.bufferBeforeMinutes.max} minutes.` })
  bufferBeforeMinutes?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(BOUNDS.bufferAfterMinutes.min)
  @Max(BOUNDS.bufferAfterMinutes.max, { message: `Buffers are at most ${BOUNDS.bufferAfterMinutes.max} minutes.` })
  bufferAfterMinutes?: number;

  @Field(() => Int, { nullable: true, description: 'How long before a session it can still be booked.' })
  @IsOptional()
  @IsInt()
  @Min(BOUNDS.minimumNoticeMinutes.min)
  @Max(BOUNDS.minimumNoticeMinutes.max, { message: `Minimum notice is at most ${BOUNDS.minimumNoticeMinutes.max / MINUTES_PER_DAY} days.` })
  minimumNoticeMinutes?: number;

  @Field(() => Int, { nullable: true, description: `How far ahead clients can book (up to ${BOUNDS.horizonDays.max} days).` })
  @IsOptional()
  @IsInt()
  @Min(BOUNDS.horizonDays.min, { message: `The booking horizon is at least ${BOUNDS.horizonDays.min} day.` })
  @Max(BOUNDS.horizonDays.max, { message: `You can open your calendar at most ${BOUNDS.horizonDays.max} days (12 months) ahead.` })
  horizonDays?: number;

  @Field(() => Int, { nullable: true, description: 'At most this many sessions a day; null for no cap.' })
  @IsOptional()
  @IsInt()
  @Min(BOUNDS.maxSessionsPerDay.min, { message: `A daily cap is at least ${BOUNDS.maxSessionsPerDay.min} session.` })
  @Max(BOUNDS.maxSessionsPerDay.max, { message: `A daily cap is at most ${BOUNDS.maxSessionsPerDay.max} sessions.` })
  maxSessionsPerDay?: number | null;

  @Field(() => Int, { nullable: true, description: 'Start times are offered every this many minutes.' })
  @IsOptional()
  @IsInt()
  @Min(BOUNDS.slotStepMinutes.min, { message: `The slot step is at least ${BOUNDS.slotStepMinutes.min} minutes.` })
  @Max(BOUNDS.slotStepMinutes.max, { message: `The slot step is at most ${BOUNDS.slotStepMinutes.max} minutes.` })
  slotStepMinutes?: number;

  @Field(() => Int, { nullable: true, description: 'Clients cancel or reschedule for free until this many hours before the session (0: until it starts).' })
  @IsOptional()
  @IsInt()
  @Min(POLICY.cancellationWindowHours.min)
  @Max(POLICY.cancellationWindowHours.max, { message: `The cancellation window is at most ${POLICY.cancellationWindowHours.max} hours (a week).` })
  cancellationWindowHours?: number;

  @Field(() => Int, { nullable: true, description: 'Percent of the price kept when a client cancels inside the window.' })
  @IsOptional()
  @IsInt()
  @Min(POLICY.lateCancelFeePercent.min, { message: 'A fee is a percent from 0 to 100.' })
  @Max(POLICY.lateCancelFeePercent.max, { message: 'A fee is a percent from 0 to 100.' })
  lateCancelFeePercent?: number;

  @Field(() => Int, { nullable: true, description: 'Percent of the price kept when a client misses the session.' })
  @IsOptional()
  @IsInt()
  @Min(POLICY.noShowFeePercent.min, { message: 'A fee is a percent from 0 to 100.' })
  @Max(POLICY.noShowFeePercent.max, { message: 'A fee is a percent from 0 to 100.' })
  noShowFeePercent?: number;
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
  @IsString()
  @MaxLength(2000, { message: 'This address is too long to be a calendar link.' })
  // Scheme, port and host rules live in feeds/safe-fetch.ts (checkUrl), the one place that reads feed URLs.
  url!: string;
}
