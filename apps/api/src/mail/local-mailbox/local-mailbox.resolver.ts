import { Query, Resolver } from '@nestjs/graphql';
import { User } from '../../auth/entities/user.entity';
import { CurrentUser, SignedIn } from '../../auth/guards/access.decorators';
import { LocalMailboxService, MailboxEntry } from './local-mailbox.service';
import { LocalMailMessageModel } from './local-mailbox.model';

export function toLocalMailMessageModel({ id, receivedAt, mail }: MailboxEntry): LocalMailMessageModel {
  return {
    id,
    receivedAt,
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    attachments: mail.attachments.map((attachment, index) => ({
      index,
      filename: attachment.filename,
      contentType: attachment.contentType,
      sizeBytes: Buffer.byteLength(attachment.contentBase64, 'base64'),
      downloadPath: `/dev/mailbox/${id}/attachments/${index}`,
    })),
  };
}

/** Mounted only when mail is kept locally (never in production): see LocalMailboxModule. */
@Resolver()
export class LocalMailboxResolver {
  constructor(private readonly mailbox: LocalMailboxService) {}

  @Query(() => [LocalMailMessageModel], {
    description: 'Mail kept in the local mailbox for your own e-mail address, newest first (at most 100). Absent in production.',
  })
  @SignedIn()
  async localMailbox(@CurrentUser() user: User): Promise<LocalMailMessageModel[]> {
    return (await this.mailbox.listFor(user)).map(toLocalMailMessageModel);
  }
}
