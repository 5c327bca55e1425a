import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class AccountExportModel {
  @Field({ description: 'A file name to save the export as.' })
  fileName!: string;

  @Field({ description: 'Everything Rapport keeps about you, as JSON; health data decrypted (for you only).' })
  json!: string;
}

@ObjectType()
export class AccountDeletionModel {
  @Field(() => Int, { description: 'Upcoming bookings cancelled, each under its cancellation policy as a client cancel.' })
  bookingsCancelled!: number;

  @Field(() => Int, { description: 'Health records erased: intake, goals and check-ins.' })
  healthRecordsErased!: number;
}
