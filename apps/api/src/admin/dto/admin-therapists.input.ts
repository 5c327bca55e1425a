import { Field, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ProfileStatus } from '../../therapists/entities/therapist-profile.entity';
import '../../therapists/models/therapist-enums';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class AdminTherapistsInput {
  @Field({ nullable: true, description: 'Part of a name or an email address.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(200, { message: 'Search with at most 200 characters.' })
  query?: string;

  @Field({ nullable: true, description: 'A state (jurisdiction code, e.g. NY) the therapist holds or asked for a license in.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^[A-Z]{2}$/, { message: 'Choose a state by its two-letter code, like NY.' })
  state?: string;

  @Field(() => ProfileStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ProfileStatus, { message: 'Choose a profile status.' })
  status?: ProfileStatus;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0, { message: 'The page offset cannot be negative.' })
  offset!: number;

  @Field(() => Int, { defaultValue: 25 })
  @IsInt()
  @Min(1, { message: 'Ask for at least 1 therapist.' })
  @Max(100, { message: 'Ask for at most 100 therapists at a time.' })
  limit!: number;
}
