import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsString, Max, Min } from 'class-validator';

const ITEM = { message: 'Rate each item from 0 to 10.' };

@InputType()
export class RateSessionInput {
  @Field(() => ID) @IsString() bookingId!: string;
  @Field(() => Int, { description: 'Did you feel heard and respected? 0–10' }) @IsInt(ITEM) @Min(0, ITEM) @Max(10, ITEM) relationship!: number;
  @Field(() => Int, { description: 'Did you work on what you wanted to? 0–10' }) @IsInt(ITEM) @Min(0, ITEM) @Max(10, ITEM) goalsAndTopics!: number;
  @Field(() => Int, { description: "Did the therapist's way of working suit you? 0–10" }) @IsInt(ITEM) @Min(0, ITEM) @Max(10, ITEM) approachOrMethod!: number;
  @Field(() => Int, { description: "Overall, how was today's session? 0–10" }) @IsInt(ITEM) @Min(0, ITEM) @Max(10, ITEM) overall!: number;
  @Field({ defaultValue: false, description: 'This therapist is not a good fit for me.' }) @IsBoolean() notAGoodFit!: boolean;
}

@ObjectType('AllianceItem', { description: 'One question of the session rating, with the words at each end of the 0–10 line.' })
export class AllianceItemModel {
  @Field() key!: string;
  @Field() question!: string;
  @Field() low!: string;
  @Field() high!: string;
}

@ObjectType('PendingSessionRating', { description: 'A completed session (one of your first three with this therapist) waiting for your rating.' })
export class PendingSessionRatingModel {
  @Field(() => ID) bookingId!: string;
  @Field(() => ID) therapistId!: string;
  @Field() therapistName!: string;
  @Field() startsAt!: Date;
  @Field(() => Int, { description: '1 for your first session with this therapist.' }) sessionNumber!: number;
  @Field(() => [AllianceItemModel]) items!: AllianceItemModel[];
}

@ObjectType('SessionRatingResult')
export class SessionRatingResultModel {
  @Field(() => ID) bookingId!: string;
  @Field(() => Int, { description: '0–40.' }) total!: number;
  @Field({ description: 'A low rating or "not a good fit": you can ask for new matches (rematch).' }) rematchOffered!: boolean;
  @Field(() => [String], { description: 'LOW_ALLIANCE and/or NOT_A_GOOD_FIT.' }) reasons!: string[];
}
