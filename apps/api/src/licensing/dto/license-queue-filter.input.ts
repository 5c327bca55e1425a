import { Field, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType({ description: 'Narrows the license review queue; every part is optional and they combine.' })
export class LicenseQueueFilterInput {
  @Field({ nullable: true, description: 'Part of the therapist’s name or e-mail address.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(200, { message: 'Search with at most 200 characters.' })
  search?: string;

  @Field({ nullable: true, description: 'The license’s state (jurisdiction code, e.g. NY).' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^[A-Z]{2}$/, { message: 'Choose a state by its two-letter code, like NY.' })
  jurisdiction?: string;

  @Field(() => Int, { nullable: true, description: 'Only licenses waiting at least this many whole days.' })
  @IsOptional()
  @IsInt({ message: 'Waiting time is a whole number of days.' })
  @Min(0, { message: 'Waiting time cannot be negative.' })
  @Max(3650, { message: 'Waiting time is at most 3650 days.' })
  waitingAtLeastDays?: number;
}
