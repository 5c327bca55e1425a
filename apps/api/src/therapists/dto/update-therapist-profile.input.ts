import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { isAgeGroupCode, isCommunityCode, isConcernCode, isLanguageCode, isModalityCode, isPayerId } from '@rapport/taxonomy';
import { AreCodes } from '../../common/validation/taxonomy-code.validator';
import { SessionFormat, TherapistGender } from '../models/therapist-enums';

const MAX_FEE_MINOR = 10_000_000;

@InputType()
export class SlidingScaleInput {
  @Field(() => Int, { description: 'Lowest fee offered, in cents.' })
  @IsInt()
  @Min(0, { message: 'The sliding scale cannot go below $0.' })
  @Max(MAX_FEE_MINOR)
  minMinor!: number;

  @Field(() => Int, { description: 'Highest fee on the scale, in cents.' })
  @IsInt()
  @Min(0)
  @Max(MAX_FEE_MINOR)
  maxMinor!: number;
}

@InputType()
export class OfficeInput {
  @Field()
  @IsString()
  @Length(5, 200, { message: 'Enter the office address (5–200 characters).' })
  address!: string;

  @Field(() => Float)
  @IsLatitude({ message: 'Latitude must be between -90 and 90.' })
  latitude!: number;

  @Field(() => Float)
  @IsLongitude({ message: 'Longitude must be between -180 and 180.' })
  longitude!: number;
}

/** Every field is optional: only the fields sent change; null clears an optional field. */
@InputType()
export class UpdateTherapistProfileInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 80, { message: 'Display name must be 2–80 characters.' })
  displayName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40, { message: 'Pronouns must be at most 40 characters.' })
  pronouns?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120, { message: 'Headline must be at most 120 characters.' })
  headline?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: 'Bio must be at most 4,000 characters.' })
  bio?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  // https only: the photo shows on public pages under a strict CSP (and a database check agrees).
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'Photo URL must be an https:// address, like https://example.com/me.jpg.' })
  @MaxLength(500, { message: 'Photo URL must be at most 500 characters.' })
  photoUrl?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'Years in practice cannot be negative.' })
  @Max(70, { message: 'Years in practice must be at most 70.' })
  yearsInPractice?: number | null;

  @Field(() => TherapistGender, { nullable: true })
  @IsOptional()
  @IsEnum(TherapistGender)
  gender?: TherapistGender | null;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes.' })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(10)
  @AreCodes(isLanguageCode, 'language')
  languages?: string[];

  @Field(() => [SessionFormat], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  @IsEnum(SessionFormat, { each: true })
  formats?: SessionFormat[];

  @Field(() => OfficeInput, { nullable: true, description: 'Required when formats include IN_PERSON.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => OfficeInput)
  office?: OfficeInput | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  @AreCodes(isAgeGroupCode, 'age group')
  ageGroups?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  @AreCodes(isCommunityCode, 'community')
  communities?: string[];

  @Field(() => [String], { nullable: true, description: 'At most 3 concerns you specialise in.' })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(3, { message: 'Choose at most 3 specialties; list other concerns you treat separately.' })
  @AreCodes(isConcernCode, 'concern')
  specialtyConcerns?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(40)
  @AreCodes(isConcernCode, 'concern')
  treatedConcerns?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(15)
  @AreCodes(isModalityCode, 'modality')
  modalities?: string[];

  @Field(() => Int, { nullable: true, description: 'Fee for a standard individual session, in cents.' })
  @IsOptional()
  @IsInt({ message: 'Fee must be a whole number of cents.' })
  @Min(0, { message: 'Fee cannot be negative.' })
  @Max(MAX_FEE_MINOR, { message: 'Fee must be at most $100,000.' })
  feeMinor?: number | null;

  @Field(() => SlidingScaleInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SlidingScaleInput)
  slidingScale?: SlidingScaleInput | null;

  @Field(() => [String], { nullable: true, description: 'Payers you are in network with: ids from taxonomy.payers.' })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(40)
  @AreCodes(isPayerId, 'insurance plan')
  insuranceAccepted?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'The old plan names still to re-choose: a subset of insuranceUnmatched (drop each once chosen from the list, or [] to clear).',
  })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  insuranceUnmatched?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  acceptsNewClients?: boolean;
}
