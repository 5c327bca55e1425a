import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '@rapport/domain';
import { normaliseEmail } from '../../auth/dto/sign-up.input';
import { IsTimeZone } from '../../common/validation/is-time-zone.validator';

const CurrentPassword = () => (target: object, key: string) => {
  IsString()(target, key);
  MinLength(1, { message: 'Enter your current password.' })(target, key);
  MaxLength(PASSWORD_MAX_LENGTH, { message: 'That is not your current password.' })(target, key);
};

const EmailAddress = () => (target: object, key: string) => {
  Transform(normaliseEmail)(target, key);
  IsString()(target, key);
  MinLength(1, { message: 'Enter an email address.' })(target, key);
  MaxLength(254, { message: 'Email must be at most 254 characters.' })(target, key);
  IsEmail({}, { message: 'Enter a valid email address, like name@example.com.' })(target, key);
};

@InputType()
export class ChangeEmailInput {
  @Field()
  @EmailAddress()
  newEmail!: string;

  @Field({ description: 'Re-entered to prove it is you.' })
  @CurrentPassword()
  currentPassword!: string;
}

@InputType()
export class ChangeTimeZoneInput {
  @Field({ description: 'IANA time zone, e.g. America/New_York.' })
  @IsTimeZone()
  timeZone!: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @EmailAddress()
  email!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the emailed link.' })
  @IsString()
  @MinLength(1, { message: 'This reset link is incomplete. Open the link from the email again.' })
  @MaxLength(200, { message: 'This reset link is not valid. Ask for a new one.' })
  token!: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `Password must be at most ${PASSWORD_MAX_LENGTH} characters.` })
  newPassword!: string;
}

@InputType()
export class DeleteAccountInput {
  @Field({ description: 'Re-entered to prove it is you.' })
  @CurrentPassword()
  currentPassword!: string;
}
