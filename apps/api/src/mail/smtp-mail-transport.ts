import { createTransport, Transporter } from 'nodemailer';
import { OutgoingMail } from './mail-message';
import { MailTransport } from './mail-transport';

/** Sends through nodemailer to SMTP_URL. Nodemailer's logger stays off (its default): at debug level it prints message contents. */
export class SmtpMailTransport extends MailTransport {
  private readonly transporter: Transporter;

  constructor(smtpUrl: string) {
    super();
    this.transporter = createTransport(smtpUrl);
  }

  async deliver(mail: OutgoingMail, messageId: string): Promise<void> {
    await this.transporter.sendMail({
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? undefined,
      // A stable Message-ID: a retry after a lost reply is recognisably the same message.
      messageId: `<${messageId}@rapport>`,
      attachments: mail.attachments.map((attachment) => ({
        filename: attachment.filename,
        contentType: attachment.contentType,
        content: Buffer.from(attachment.contentBase64, 'base64'),
      })),
    });
  }

  close(): void {
    this.transporter.close();
  }
}
