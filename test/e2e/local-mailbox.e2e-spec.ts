import { randomUUID } from 'node:crypto';
import { JobQueue } from '../../apps/api/src/jobs/job-queue';
import { MAIL_SEND, Mailer } from '../../apps/api/src/mail/mailer';
import { signUpAs, TestAccount } from '../support/accounts';
import { FixedClock } from '../support/fixed-clock';
import { errorCode, graphql } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';

const ICS = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Rapport//EN\r\nEND:VCALENDAR\r\n';
const MAILBOX = `query { localMailbox { id receivedAt from to subject text attachments { index filename contentType sizeBytes downloadPath } } }`;

const download = (app: TestApp, path: string, account?: TestAccount) =>
  fetch(`${app.baseUrl}${path}`, { headers: account ? { authorization: `Bearer ${account.token}` } : {} });

describe('in development without SMTP_URL', () => {
  let app: TestApp;
  const clock = new FixedClock(new Date('2026-11-25T15:00:00Z'));
  let client: TestAccount;
  let other: TestAccount;

  beforeAll(async () => {
    app = await startTestApp({ clock });
    client = await signUpAs(app, 'CLIENT');
    other = await signUpAs(app, 'CLIENT');
    const mailer = app.app.get(Mailer);
    const queue = app.app.get(JobQueue);
    await mailer.send({ to: client.email.toUpperCase(), subject: 'Welcome to Rapport', text: 'First message.' });
    await queue.drain(MAIL_SEND);
    clock.set('2026-11-25T15:05:00Z');
    await mailer.send({
      to: client.email,
      subject: 'Your session is confirmed',
      text: 'Tuesday at 18:00.\nAdd it to your calendar with the file attached.',
      attachments: [{ filename: 'session.ics', content: ICS, contentType: 'text/calendar; charset=utf-8' }],
    });
    await queue.drain(MAIL_SEND);
  });
  afterAll(() => app?.close());

  it('says the local mailbox is on', async () => {
    expect((await graphql(app.baseUrl, `{ localMailboxEnabled }`)).data).toEqual({ localMailboxEnabled: true });
  });

  it('shows each person only the mail addressed to them, newest first', async () => {
    const mine = await graphql(app.baseUrl, MAILBOX, {}, client);
    expect(mine.errors).toBeUndefined();
    const messages = mine.data!.localMailbox;
    expect(messages.map((message: { subject: string }) => message.subject)).toEqual(['Your session is confirmed', 'Welcome to Rapport']);
    expect(messages[0]).toMatchObject({
      receivedAt: '2026-11-25T15:05:00.000Z',
      from: 'Rapport <no-reply@rapport.invalid>',
      to: client.email,
      text: 'Tuesday at 18:00.\nAdd it to your calendar with the file attached.',
      attachments: [
        { index: 0, filename: 'session.ics', contentType: 'text/calendar; charset=utf-8', sizeBytes: Buffer.byteLength(ICS), downloadPath: `/dev/mailbox/${messages[0].id}/attachments/0` },
      ],
    });
    expect((await graphql(app.baseUrl, MAILBOX, {}, other)).data).toEqual({ localMailbox: [] });
    expect(errorCode(await graphql(app.baseUrl, MAILBOX))).toBe('UNAUTHENTICATED');
  });

  it('lets the recipient, and nobody else, download an attachment', async () => {
    const [message] = (await graphql(app.baseUrl, MAILBOX, {}, client)).data!.localMailbox;
    const path: string = message.attachments[0].downloadPath;

    const response = await download(app, path, client);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="session.ics"');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await response.text()).toBe(ICS);

    const someoneElse = await download(app, path, other);
    expect(someoneElse.status).toBe(404);
    expect(await someoneElse.json()).toEqual({ errors: [{ message: 'That attachment is not in your mailbox.', extensions: { code: 'NOT_FOUND' } }] });
    expect((await download(app, path)).status).toBe(401);
    expect((await download(app, `/dev/mailbox/${message.id}/attachments/1`, client)).status).toBe(404);
    expect((await download(app, `/dev/mailbox/not-an-id/attachments/0`, client)).status).toBe(400);
  });
});

describe.each([
  ['in production', { NODE_ENV: 'production' }],
  ['with SMTP_URL', { SMTP_URL: 'smtp://127.0.0.1:9' }],
])('%s', (_name, env) => {
  let app: TestApp;
  let client: TestAccount;
  beforeAll(async () => {
    app = await startTestApp({ env });
    client = await signUpAs(app, 'CLIENT');
  });
  afterAll(() => app?.close());

  it('has no localMailbox query and no download route', async () => {
    expect((await graphql(app.baseUrl, `{ localMailboxEnabled }`, {}, client)).data).toEqual({ localMailboxEnabled: false });
    const query = await graphql(app.baseUrl, MAILBOX, {}, client);
    expect(query.data).toBeUndefined();
    expect(query.errors?.[0].message).toMatch(/Cannot query field "localMailbox"/);
    const response = await download(app, `/dev/mailbox/${randomUUID()}/attachments/0`, client);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).not.toMatch(/html/);
  });
});
