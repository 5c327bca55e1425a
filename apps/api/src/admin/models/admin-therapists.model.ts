import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ProfileStatus } from '../../therapists/entities/therapist-profile.entity';
import '../../therapists/models/therapist-enums';

@ObjectType()
export class AdminTherapistRow {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field() email!: string;
  @Field(() => ProfileStatus) status!: ProfileStatus;
  @Field(() => [String], { description: 'States with a license on file (any status), sorted.' }) states!: string[];
  @Field(() => Int, { description: 'Licenses waiting for review.' }) licensesWaiting!: number;
  @Field() createdAt!: Date;
}

@ObjectType()
export class AdminTherapistPage {
  @Field(() => [AdminTherapistRow]) items!: AdminTherapistRow[];
  @Field(() => Int, { description: 'All matches, across pages.' }) total!: number;
  @Field(() => Int) offset!: number;
  @Field(() => Int) limit!: number;
}
