import { OutgoingMail } from './mail-message';

/** Where queued mail goes: an SMTP server, or the local mailbox table. Throwing makes the job retry. */
export abstract class MailTransport {
  abstract deliver(mail: OutgoingMail, messageId: string): Promise<void>;
}
