import { MikroORM } from '@mikro-orm/postgresql';
import { Clock } from '../../common/clock';
import { OutgoingMail } from '../mail-message';
import { MailTransport } from '../mail-transport';
import { LocalMailboxMessage } from './local-mailbox-message.entity';

/** Keeps mail in `local_mailbox` (the /mailbox page reads it). A retried job writes the row once. */
export class LocalMailboxTransport extends MailTransport {
  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
  ) {
    super();
  }

  async deliver(mail: OutgoingMail, messageId: string): Promise<void> {
    const em = this.orm.em.fork();
    if (await em.findOne(LocalMailboxMessage, { id: messageId })) return;
    em.persist(new LocalMailboxMessage({ id: messageId, mail, createdAt: this.clock.now() }));
    await em.flush();
  }
}
