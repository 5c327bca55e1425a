import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'e.g. license.verified, therapist.suspended, intake.read' }) action!: string;
  @Field() subjectType!: string;
  @Field(() => ID, { nullable: true, description: 'Null when the subject does not exist, e.g. a failed log-in for an unknown email.' }) subjectId!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true, description: 'Email of who acted; null for the system.' }) actorEmail!: string | null;
  @Field(() => String, { nullable: true, description: 'Who acted, in words: a therapist’s name, else their e-mail; null for the system.' }) actorName!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'What the event concerns, in words (e.g. "license NY 123456 of Dr Ana Ruiz"); null when there is no subject or it no longer exists.',
  })
  subjectName!: string | null;
  @Field(() => String, { nullable: true, description: 'Non-sensitive context as JSON.' }) details!: string | null;
  @Field() createdAt!: Date;
}
