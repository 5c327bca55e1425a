import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('LocalMailAttachment')
export class LocalMailAttachmentModel {
  @Field(() => Int, { description: 'Position in the message: the download path is /dev/mailbox/{messageId}/attachments/{index}.' })
  index!: number;
  @Field() filename!: string;
  @Field() contentType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field({ description: 'Path (same origin) that downloads the file for the signed-in recipient.' })
  downloadPath!: string;
}

@ObjectType('LocalMailMessage', { description: 'A message kept in the local mailbox instead of being sent (development only).' })
export class LocalMailMessageModel {
  @Field(() => ID) id!: string;
  @Field() receivedAt!: Date;
  @Field() from!: string;
  @Field() to!: string;
  @Field() subject!: string;
  @Field({ description: 'The plain-text body.' })
  text!: string;
  @Field(() => [LocalMailAttachmentModel]) attachments!: LocalMailAttachmentModel[];
}
