import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';

@InputType()
export class RejectLicenseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'licenseId is not a valid id.' })
  licenseId!: string;

  @Field({ description: 'Shown to the therapist: what was wrong and what to do (5–500 characters).' })
  @IsString()
  @Length(5, 500, { message: 'Give a reason of 5–500 characters.' })
  reason!: string;
}
