import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '@rapport/domain';
import { IsTimeZone } from '../../common/validation/is-time-zone.validator';

export enum SignUpRole {
  CLIENT = 'CLIENT',
  THERAPIST = 'THERAPIST',
}
registerEnumType(SignUpRole, { name: 'SignUpRole', description: 'Admins are never created by sign-up.' });

export const normaliseEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

@InputType()
export class SignUpInput {
  @Field()
  @Transform(normaliseEmail)
  @IsString()
  @MinLength(1, { message: 'Enter your email address.' })
  @MaxLength(254, { message: 'Email must be at most 254 characters.' })
  @IsEmail({}, { message: 'Enter a valid email address, like name@example.com.' })
  email!: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `Password must be at most ${PASSWORD_MAX_LENGTH} characters.` })
  password!: string;

  @Field(() => SignUpRole)
  @IsEnum(SignUpRole, { message: 'Choose whether you are looking for a therapist or are a therapist.' })
  role!: SignUpRole;

  @Field({ nullable: true, description: 'IANA time zone, e.g. America/New_York. Defaults to UTC.' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;
}
