import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('IntakeDraft')
export class IntakeDraftModel {
  @Field({ description: 'The answers so far, exactly as last saved (JSON).' }) answers!: string;
  @Field(() => Int) stepIndex!: number;
  @Field() updatedAt!: Date;
}
