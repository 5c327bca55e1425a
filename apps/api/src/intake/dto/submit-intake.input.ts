import { Field, Float, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { isAgeGroupCode, isCommunityCode, isConcernCode, isJurisdictionCode, isLanguageCode, isModalityCode, isPayerId } from '@rapport/taxonomy';
import { IsTimeZone } from '../../common/validation/is-time-zone.validator';
import { AreCodes, IsCode } from '../../common/validation/taxonomy-code.validator';
import { TherapistGender } from '../../therapists/models/therapist-enums';

export enum IntakeFormat {
  VIDEO = 'VIDEO',
  IN_PERSON = 'IN_PERSON',
  PHONE = 'PHONE',
  ANY = 'ANY',
}
export enum DayPart {
  MORNING = 'MORNING',
  AFTERNOON = 'AFTERNOON',
  EVENING = 'EVENING',
}
registerEnumType(IntakeFormat, { name: 'IntakeFormat' });
registerEnumType(DayPart, { name: 'DayPart', description: 'MORNING 06–12, AFTERNOON 12–17, EVENING 17–22, local time.' });

@InputType()
export class IntakeConcernInput {
  @Field()
  @IsCode(isConcernCode, 'concern')
  code!: string;

  @Field(() => Int, { description: '3 = matters most, 1 = matters least.' })
  @IsInt()
  @Min(1, { message: 'Priority is 1 to 3.' })
  @Max(3, { message: 'Priority is 1 to 3.' })
  priority!: 1 | 2 | 3;
}

@InputType()
export class IntakeLocationInput {
  @Field(() => Float) @IsLatitude({ message: 'Latitude must be between -90 and 90.' }) latitude!: number;
  @Field(() => Float) @IsLongitude({ message: 'Longitude must be between -180 and 180.' }) longitude!: number;
  @Field(() => Float)
  @Min(1, { message: 'Travel distance is at least 1 km.' })
  @Max(200, { message: 'Travel distance is at most 200 km.' })
  maxDistanceKm!: number;
}

@InputType()
export class SubmitIntakeInput {
  @Field(() => [IntakeConcernInput], { description: 'What brings you here, with how much each matters.' })
  @ArrayMinSize(1, { message: 'Choose at least one thing you would like help with.' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => IntakeConcernInput)
  concerns!: IntakeConcernInput[];

  @Field(() => [String], { description: 'Goals in your own words.', defaultValue: [] })
  @ArrayMaxSize(5, { message: 'Up to 5 goals.' })
  @IsString({ each: true })
  @Length(1, 300, { each: true, message: 'Each goal is 1–300 characters.' })
  goals!: string[];

  @Field(() => [String], { defaultValue: [], description: 'Empty means "not sure" — the common answer.' })
  @ArrayUnique()
  @AreCodes(isModalityCode, 'modality')
  preferredModalities!: string[];

  @Field({ description: 'The state you will be in for sessions (therapists must be licensed there).' })
  @IsCode(isJurisdictionCode, 'jurisdiction')
  jurisdiction!: string;

  @Field(() => IntakeFormat, { defaultValue: IntakeFormat.ANY })
  @IsEnum(IntakeFormat)
  format!: IntakeFormat;

  @Field(() => IntakeLocationInput, { nullable: true, description: 'For in-person sessions.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => IntakeLocationInput)
  location?: IntakeLocationInput | null;

  @Field(() => Int, { nullable: true, description: 'Most you can pay per session, in cents.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  budgetMaxMinor?: number | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  needsSlidingScale!: boolean;

  @Field(() => String, { nullable: true, description: 'A payer id from taxonomy.payers, when paying through insurance.' })
  @IsOptional()
  @IsCode(isPayerId, 'insurance')
  insurance?: string | null;

  @Field(() => [String], { defaultValue: [] })
  @ArrayUnique()
  @AreCodes(isLanguageCode, 'language')
  languages!: string[];

  @Field(() => [TherapistGender], { defaultValue: [] })
  @ArrayUnique()
  @IsEnum(TherapistGender, { each: true })
  genderPreference!: TherapistGender[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayUnique()
  @AreCodes(isCommunityCode, 'community')
  communities!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCode(isAgeGroupCode, 'age group')
  ageGroup?: string | null;

  @Field(() => [Int], { defaultValue: [], description: 'ISO weekdays you prefer (1 = Monday).' })
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  preferredWeekdays!: number[];

  @Field(() => [DayPart], { defaultValue: [] })
  @ArrayUnique()
  @IsEnum(DayPart, { each: true })
  preferredDayParts!: DayPart[];

  @Field({ description: 'Your IANA time zone.' })
  @IsTimeZone()
  timeZone!: string;

  @Field(() => [Int], { nullable: true, description: 'PHQ-9 answers, 9 items, each 0–3. Optional.' })
  @IsOptional()
  phq9?: number[] | null;

  @Field(() => [Int], { nullable: true, description: 'GAD-7 answers, 7 items, each 0–3. Optional.' })
  @IsOptional()
  gad7?: number[] | null;
}
