import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../../auth/entities/user.entity';
import { OutgoingMail } from '../mail-message';
import { LocalMailboxError } from './local-mailbox.errors';
import { LocalMailboxMessage } from './local-mailbox-message.entity';

/** The newest messages shown; older ones stay in the table. */
export const LOCAL_MAILBOX_PAGE = 100;

export interface MailboxEntry {
  id: string;
  receivedAt: Date;
  mail: OutgoingMail;
}

/** Reads the local mailbox: each person only the mail addressed to their own e-mail. */
@Injectable()
export class LocalMailboxService {
  constructor(private readonly em: EntityManager) {}

  async listFor(user: User): Promise<MailboxEntry[]> {
    const rows = await this.em.find(
      LocalMailboxMessage,
      { recipient: user.email.toLowerCase() },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: LOCAL_MAILBOX_PAGE },
    );
    return rows.map((row) => ({ id: row.id, receivedAt: row.createdAt, mail: row.mail }));
  }

  async attachmentFor(user: User, messageId: string, index: number): Promise<{ filename: string; contentType: string; content: Buffer }> {
    const row = await this.em.findOne(LocalMailboxMessage, { id: messageId, recipient: user.email.toLowerCase() });
    const attachment = row?.mail.attachments[index];
    if (!attachment) throw LocalMailboxError.attachmentNotFound();
    return { filename: attachment.filename, contentType: attachment.contentType, content: Buffer.from(attachment.contentBase64, 'base64') };
  }
}
