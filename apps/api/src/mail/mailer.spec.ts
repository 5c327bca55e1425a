import type { AddressInfo } from 'node:net';
import { INestApplicationContext } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { SMTPServer } from 'smtp-server';
import { startModuleContext } from '../../../../test/support/module-context';
import { createTestDatabase, TestDatabase } from '../../../../test/support/test-database';
import { JobQueue } from '../jobs/job-queue';
import { LocalMailboxMessage } from './local-mailbox/local-mailbox-message.entity';
import { MailModule } from './mail.module';
import { MAIL_SEND, Mailer } from './mailer';

const ICS = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nEND:VCALENDAR\r\n';
const MESSAGE = {
  to: 'Client@Example.com',
  subject: 'Your session on Tuesday is confirmed',
  text: 'A canary in the body: heron-violet-4411',
  html: '<p>A canary in the body: heron-violet-4411</p>',
  attachments: [{ filename: 'session.ics', content: ICS, contentType: 'text/calendar; method=REQUEST' }],
};

let database: TestDatabase;
let context: INestApplicationContext | undefined;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});
afterAll(() => database?.drop());

const rawRows = (sql: string) => context!.get(MikroORM).em.fork().getConnection().execute<Record<string, unknown>[]>(sql);

describe('without SMTP_URL', () => {
  it('queues the message sealed and delivers it into the local mailbox, sealed there too', async () => {
    context = await startModuleContext({ databaseUrl: database.url, imports: [MailModule] });
    const mailer = context.get(Mailer);
    const id = await mailer.send(MESSAGE);
    expect(id).toEqual(expect.any(String));

    // Neither the queue nor the mailbox table holds the body, subject or attachment in clear.
    const queued = JSON.stringify(await rawRows(`select data from pgboss.job where name = 'mail.send'`));
    expect(queued).not.toMatch(/heron-violet|confirmed|VCALENDAR/);

    expect(await context.get(JobQueue).drain(MAIL_SEND)).toEqual({ ran: 1, failed: 0 });
    const stored = JSON.stringify(await rawRows(`select * from local_mailbox`));
    expect(stored).toContain('client@example.com');
    expect(stored).not.toMatch(/heron-violet|confirmed|VCALENDAR/);

    const [row] = await context.get(MikroORM).em.fork().find(LocalMailboxMessage, {});
    expect(row.id).toBe(id);
    expect(row.mail).toEqual({
      from: 'Rapport <no-reply@rapport.invalid>',
      to: 'client@example.com',
      subject: MESSAGE.subject,
      text: MESSAGE.text,
      html: MESSAGE.html,
      attachments: [{ filename: 'session.ics', contentType: 'text/calendar; method=REQUEST', contentBase64: Buffer.from(ICS).toString('base64') }],
    });
  });

  it('sends a keyed message once while the first still waits', async () => {
    context = await startModuleContext({ databaseUrl: database.url, imports: [MailModule] });
    const mailer = context.get(Mailer);
    expect(await mailer.send(MESSAGE, { key: 'booking-7:confirmation' })).toEqual(expect.any(String));
    expect(await mailer.send(MESSAGE, { key: 'booking-7:confirmation' })).toBeNull();
    expect(await context.get(JobQueue).drain(MAIL_SEND)).toEqual({ ran: 1, failed: 0 });
  });

  it('refuses a message that could never be delivered, before queueing it', async () => {
    context = await startModuleContext({ databaseUrl: database.url, imports: [MailModule] });
    const mailer = context.get(Mailer);
    await expect(mailer.send({ ...MESSAGE, to: 'a@example.com, b@example.com' })).rejects.toThrow('recipient');
    await expect(mailer.send({ ...MESSAGE, subject: 'Hi\r\nBcc: someone@example.com' })).rejects.toThrow('subject');
    await expect(mailer.send({ ...MESSAGE, attachments: [{ filename: '../x.ics', content: ICS, contentType: 'text/calendar' }] })).rejects.toThrow('file name');
  });
});

describe('with SMTP_URL', () => {
  interface Received {
    from: string;
    to: string[];
    raw: string;
  }

  /** A real SMTP server on loopback that answers the first `failures` messages with a temporary error. */
  async function startSmtpServer(failures: number) {
    const received: Received[] = [];
    let refused = 0;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (refused < failures) {
            refused += 1;
            const error = Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 });
            return callback(error);
          }
          received.push({
            from: (session.envelope.mailFrom as { address: string }).address,
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
  }

  it('sends through nodemailer, retrying after a temporary failure, and keeps nothing locally', async () => {
    const smtp = await startSmtpServer(1);
    try {
      context = await startModuleContext({
        databaseUrl: database.url,
        imports: [MailModule],
        env: { SMTP_URL: smtp.url, MAIL_FROM: 'Rapport Care <care@rapport.example>' },
      });
      const queue = context.get(JobQueue);
      const before = (await rawRows(`select count(*)::int as n from local_mailbox`))[0].n;
      const id = await context.get(Mailer).send(MESSAGE);

      expect(await queue.drain(MAIL_SEND)).toEqual({ ran: 1, failed: 1 });
      expect(smtp.received).toEqual([]);
      expect(await queue.stateOf(MAIL_SEND, id!)).toBe('retry');

      // The retry waits 30 s; run it now.
      expect(await queue.drain(MAIL_SEND, { includeFuture: true })).toEqual({ ran: 1, failed: 0 });
      expect(smtp.received).toHaveLength(1);
      const [mail] = smtp.received;
      expect(mail.from).toBe('care@rapport.example');
      expect(mail.to).toEqual(['client@example.com']);
      expect(mail.raw).toContain(`Subject: ${MESSAGE.subject}`);
      expect(mail.raw).toContain(`Message-ID: <${id}@rapport>`);
      expect(mail.raw).toContain('heron-violet-4411');
      expect(mail.raw).toMatch(/filename=session\.ics/);
      expect(mail.raw).toContain(Buffer.from(ICS).toString('base64').slice(0, 40));
      expect((await rawRows(`select count(*)::int as n from local_mailbox`))[0].n).toBe(before);
    } finally {
      await context?.close();
      context = undefined;
      await smtp.close();
    }
  });
});
