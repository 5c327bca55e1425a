import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMinSize, ArrayUnique, IsEnum, IsInt, IsString, Length, Max, Min } from 'class-validator';
import { SessionFormat } from '../../therapists/models/therapist-enums';
import { SessionKind } from '../models/availability-enums';

@InputType()
export class SessionTypeInput {
  @Field()
  @IsString()
  @Length(2, 80, { message: 'Name must be 2–80 characters.' })
  name!: string;

  @Field(() => SessionKind)
  @IsEnum(SessionKind)
  kind!: SessionKind;

  @Field(() => Int)
  @IsInt()
  @Min(15, { message: 'Sessions last at least 15 minutes.' })
  @Max(240, { message: 'Sessions last at most 240 minutes.' })
  durationMinutes!: number;

  @Field(() => Int, { description: 'Price in cents; consultations are free (0).' })
  @IsInt({ message: 'Price must be a whole number of cents.' })
  @Min(0, { message: 'Price cannot be negative.' })
  @Max(10_000_000, { message: 'Price must be at most $100,000.' })
  priceMinor!: number;

  @Field(() => [SessionFormat])
  @ArrayMinSize(1, { message: 'Offer this session in at least one format.' })
  @ArrayUnique()
  @IsEnum(SessionFormat, { each: true })
  formats!: SessionFormat[];
}
