import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMinSize, ArrayUnique, IsEnum, IsInt, IsString, Length, Max, Min } from 'class-validator';
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
}
