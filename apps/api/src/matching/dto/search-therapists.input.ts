import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayUnique, IsBoolean, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { isAgeGroupCode, isCommunityCode, isConcernCode, isJurisdictionCode, isLanguageCode, isModalityCode, isPayerId } from '@rapport/taxonomy';
import { IsTimeZone } from '../../common/validation/is-time-zone.validator';
import { AreCodes, IsCode } from '../../common/validation/taxonomy-code.validator';
import { SessionFormat, TherapistGender } from '../../therapists/models/therapist-enums';
import { SearchFilter } from '../models/search-filter.enum';

/**
 * One input for both uses: `useMyIntake` ranks by the signed-in client's
 * intake (filters below narrow it further); otherwise it is a directory search.
 */
@InputType()
export class SearchTherapistsInput {
  @Field({ defaultValue: false, description: "Match from the caller's intake (clients only)." })
  @IsBoolean()
  useMyIntake!: boolean;

  @Field(() => String, { nullable: true, description: 'State you will be in for sessions. Required unless useMyIntake.' })
  @IsOptional()
  @IsCode(isJurisdictionCode, 'jurisdiction')
  jurisdiction?: string | null;

  @Field(() => String, { nullable: true, description: 'Free text: a name, an approach, what you are going through.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Search text is at most 200 characters.' })
  text?: string | null;

  @Field(() => [String], { defaultValue: [] }) @ArrayUnique() @AreCodes(isConcernCode, 'concern') concerns!: string[];
  @Field(() => [String], { defaultValue: [] }) @ArrayUnique() @AreCodes(isModalityCode, 'modality') modalities!: string[];
  @Field(() => [String], { defaultValue: [] }) @ArrayUnique() @AreCodes(isLanguageCode, 'language') languages!: string[];
  @Field(() => [String], { defaultValue: [] }) @ArrayUnique() @AreCodes(isCommunityCode, 'community') communities!: string[];
  @Field(() => [SessionFormat], { defaultValue: [] }) @ArrayUnique() @IsEnum(SessionFormat, { each: true }) formats!: SessionFormat[];
  @Field(() => [TherapistGender], { defaultValue: [] }) @ArrayUnique() @IsEnum(TherapistGender, { each: true }) genders!: TherapistGender[];

  @Field(() => String, { nullable: true }) @IsOptional() @IsCode(isAgeGroupCode, 'age group') ageGroup?: string | null;

  @Field(() => Int, { nullable: true, description: 'Most you can pay per session, in cents.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  maxFeeMinor?: number | null;

  @Field({ defaultValue: false }) @IsBoolean() slidingScaleOnly!: boolean;
  @Field({ defaultValue: false }) @IsBoolean() acceptingNewClients!: boolean;

  @Field(() => String, { nullable: true, description: 'A payer id from taxonomy.payers: only therapists in network with it.' })
  @IsOptional()
  @IsCode(isPayerId, 'insurance')
  insurance?: string | null;

  @Field(() => [SearchFilter], {
    defaultValue: [],
    description: 'Filters to set aside for this search (from emptyBecause): the intake or the filters above stay as they are.',
  })
  @ArrayUnique()
  @IsEnum(SearchFilter, { each: true })
  relax!: SearchFilter[];

  @Field({ description: "The viewer's IANA zone: next open times are shown in it." })
  @IsTimeZone()
  timeZone!: string;

  @Field(() => Int, { defaultValue: 10 })
  @IsInt()
  @Min(1, { message: 'Ask for at least 1 result.' })
  @Max(50, { message: 'Ask for at most 50 results a page.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor from the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string | null;
}
