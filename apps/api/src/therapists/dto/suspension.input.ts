import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';

@InputType()
export class SuspensionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'therapistId is not a valid id.' })
  therapistId!: string;

  @Field({ description: 'Why, in words the therapist will read (5–500 characters).' })
  @IsString()
  @Length(5, 500, { message: 'Give a reason of 5–500 characters.' })
  reason!: string;
}
