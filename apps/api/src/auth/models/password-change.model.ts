import { Field, Int, ObjectType } from '@nestjs/graphql';
import { UserModel } from './user.model';

@ObjectType('PasswordChange')
export class PasswordChangeModel {
  @Field(() => UserModel)
  user!: UserModel;

  @Field(() => Int, { description: 'Sessions on other devices that were logged out; this one stays signed in.' })
  otherSessionsEnded!: number;
}
