import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMinSize, ArrayUnique, IsEnum, IsInt, IsOptional, IsString, IsUrl, Length, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { SESSION_TYPE_BOUNDS } from '@rapport/domain';
import { SessionFormat } from '../../therapists/models/therapist-enums';
import { SessionKind } from '../models/availability-enums';

const BOUNDS = SESSION_TYPE_BOUNDS;

@InputType()
export class SessionTypeInput {
  @Field()
  @IsString()
  @Length(BOUNDS.nameLength.min, BOUNDS.nameLength.max, { message: `Name must be ${BOUNDS.nameLength.min}–${BOUNDS.nameLength.max} characters.` })
  name!: string;

  @Field(() => SessionKind)
  @IsEnum(SessionKind)
  kind!: SessionKind;

  @Field(() => Int)
  @IsInt()
  @Min(BOUNDS.durationMinutes.min, { message: `Sessions last at least ${BOUNDS.durationMinutes.min} minutes.` })
  @Max(BOUNDS.durationMinutes.max, { message: `Sessions last at most ${BOUNDS.durationMinutes.max} minutes.` })
  durationMinutes!: number;

  @Field(() => Int, { description: 'Price in cents; consultations are free (0).' })
  @IsInt({ message: 'Price must be a whole number of cents.' })
  @Min(BOUNDS.priceMinor.min, { message: 'Price cannot be negative.' })
  @Max(BOUNDS.priceMinor.max, { message: `Price must be at most $${(BOUNDS.priceMinor.max / 100).toLocaleString('en-US')}.` })
  priceMinor!: number;

  @Field(() => [SessionFormat])
  @ArrayMinSize(1, { message: 'Offer this session in at least one format.' })
  @ArrayUnique()
  @IsEnum(SessionFormat, { each: true })
  formats!: SessionFormat[];

  @Field(() => String, { nullable: true, description: 'Your own video room link (https). Left out: Rapport makes a private room for each booking.' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true, require_tld: true }, { message: 'The video link must be an https:// address.' })
  @MaxLength(500, { message: 'Keep the video link under 500 characters.' })
  videoLink?: string | null;

  @Field(() => String, { nullable: true, description: 'How the session happens, shown to the client (e.g. "I will call the number you gave me").' })
  @IsOptional()
  @IsString()
  @MaxLength(300, { message: 'Keep the note under 300 characters.' })
  locationNote?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The CPT code superbills show for this session type (five digits, e.g. 90834). Left out or blank: the default from kind and length (90791 intake, 90832 / 90834 / 90837 by minutes, 90847 couples and family).',
  })
  @IsOptional()
  @ValidateIf((input: SessionTypeInput) => typeof input.cptCode === 'string' && input.cptCode.trim() !== '')
  @Matches(/^\s*\d{5}\s*$/, { message: 'A CPT code is five digits, e.g. 90834.' })
  cptCode?: string | null;
}
