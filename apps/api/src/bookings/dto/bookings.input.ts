import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { MAX_SERIES_OCCURRENCES } from '@rapport/domain';
import { isJurisdictionCode } from '@rapport/taxonomy';
import { IsCode } from '../../common/validation/taxonomy-code.validator';
import { SessionFormat } from '../../therapists/models/therapist-enums';

export enum SeriesInterval {
  WEEKLY = 'WEEKLY',
  BIWEEKLY = 'BIWEEKLY',
}
registerEnumType(SeriesInterval, { name: 'SeriesInterval', description: 'Weekly, or every other week.' });

const KEY_MESSAGE = 'Send a request key of 8–100 letters, digits, - or _ (a new one for each booking you start).';

@InputType()
export class HoldSlotInput {
  @Field(() => ID)
  @IsString()
  therapistId!: string;

  @Field(() => ID)
  @IsString()
  sessionTypeId!: string;

  @Field({ description: 'The slot start, a UTC instant as availableSlots returns it.' })
  @IsDate()
  startsAt!: Date;

  @Field({ description: 'A key the client makes per booking attempt: sending it again returns the same booking.' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{8,100}$/, { message: KEY_MESSAGE })
  idempotencyKey!: string;

  @Field(() => SessionFormat, { nullable: true, description: "One of the session type's formats; its first when left out." })
  @IsOptional()
  @IsEnum(SessionFormat)
  format?: SessionFormat | null;

  @Field(() => String, { nullable: true, description: 'The state the client will be in for sessions (US code); the intake\'s when left out.' })
  @IsOptional()
  @IsCode(isJurisdictionCode, 'jurisdiction')
  jurisdiction?: string | null;
}

@InputType()
export class BookSeriesInput {
  @Field(() => ID)
  @IsString()
  therapistId!: string;

  @Field(() => ID)
  @IsString()
  sessionTypeId!: string;

  @Field({ description: "The first session's start; later ones keep its wall-clock time in the therapist's zone." })
  @IsDate()
  firstStartsAt!: Date;

  @Field(() => SeriesInterval)
  @IsEnum(SeriesInterval)
  every!: SeriesInterval;

  @Field(() => Int, { description: `Sessions in the series, the first included (at most ${MAX_SERIES_OCCURRENCES}).` })
  @IsInt()
  @Min(1, { message: 'A series has at least one session.' })
  @Max(MAX_SERIES_OCCURRENCES, { message: `A series has at most ${MAX_SERIES_OCCURRENCES} sessions.` })
  count!: number;

  @Field()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{8,100}$/, { message: KEY_MESSAGE })
  idempotencyKey!: string;

  @Field(() => SessionFormat, { nullable: true })
  @IsOptional()
  @IsEnum(SessionFormat)
  format?: SessionFormat | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCode(isJurisdictionCode, 'jurisdiction')
  jurisdiction?: string | null;
}

@InputType()
export class CancelBookingInput {
  @Field(() => ID)
  @IsString()
  bookingId!: string;

  @Field(() => String, { nullable: true, description: 'Shown to the other party.' })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'Keep the reason under 500 characters.' })
  reason?: string | null;
}

export const MAX_THERAPIST_BOOKINGS_RANGE_DAYS = 31;
