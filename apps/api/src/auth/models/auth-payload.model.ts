import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from './user.model';

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field(() => UserModel)
  user!: UserModel;

  @Field({
    description:
      'Opaque session token for API clients (Authorization: Bearer). The web app uses the httpOnly cookie instead.',
  })
  token!: string;

  @Field()
  expiresAt!: Date;
}
