import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsJSON, IsString, Max, MaxLength, Min } from 'class-validator';

/** Most a draft can hold: the whole wizard with every answer filled is under 8 KB. */
export const MAX_DRAFT_LENGTH = 32_000;

@InputType()
export class SaveIntakeDraftInput {
  @Field({ description: 'The wizard’s answers so far, as the web app holds them (JSON). Kept encrypted; not validated until you submit.' })
  @IsString()
  @MaxLength(MAX_DRAFT_LENGTH)
  @IsJSON()
  answers!: string;

  @Field(() => Int, { description: 'The step the client was on (0 = first).' })
  @IsInt()
  @Min(0)
  @Max(50)
  stepIndex!: number;
}
