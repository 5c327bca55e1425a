import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '../entities/user.entity';

registerEnumType(Role, { name: 'Role' });

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => Role)
  role!: Role;

  @Field()
  timeZone!: string;

  @Field()
  createdAt!: Date;
}
