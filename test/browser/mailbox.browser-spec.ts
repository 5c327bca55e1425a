// The local mailbox page (development without SMTP): the nav links to it only when
// the API says mail is kept locally; it lists the signed-in person's mail newest
// first with downloadable attachments, axe-clean on a desktop and a 360 px phone.
import type { Page } from 'playwright-core';
import { JobQueue } from '../../apps/api/src/jobs/job-queue';
import { MAIL_SEND, Mailer } from '../../apps/api/src/mail/mailer';
import { signUpAs, TEST_PASSWORD, type TestAccount } from '../support/accounts';
import { RunningClock } from '../support/fixed-clock';
import { startTestApp, type TestApp } from '../support/test-app';
import { expectNoSeriousA11yViolations, launchBrowser, type TestBrowser } from './support/browser';

const ICS = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Rapport//EN\r\nEND:VCALENDAR\r\n';
const PHONE = { width: 360, height: 740 };

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('banner').getByRole('button', { name: 'Log out' }).waitFor();
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

describe('local mailbox in the browser', () => {
  let app: TestApp;
  let client: TestAccount;
  const clock = new RunningClock('2026-11-25T15:00:00Z');

  beforeAll(async () => {
    app = await startTestApp({ clock });
    client = await signUpAs(app, 'CLIENT');
    const mailer = app.app.get(Mailer);
    const queue = app.app.get(JobQueue);
    await mailer.send({ to: client.email, subject: 'Welcome to Rapport', text: 'Glad you are here.' });
    await queue.drain(MAIL_SEND);
    clock.set('2026-11-25T15:10:00Z');
    await mailer.send({
      to: client.email,
      subject: 'Your session with Dr. Rivera is confirmed',
      text: 'Tuesday, December 1 at 6:00 PM.\nThe calendar file is attached; a very-long-unbroken-word-that-must-wrap-on-a-phone-screen-without-scrolling sits here.',
      attachments: [{ filename: 'session.ics', content: ICS, contentType: 'text/calendar; charset=utf-8' }],
    });
    await queue.drain(MAIL_SEND);
    // Someone else's mail never shows.
    await mailer.send({ to: 'someone-else@example.com', subject: 'Not for this client', text: 'Private.' });
    await queue.drain(MAIL_SEND);
  });
  afterAll(() => app?.close());

  it.each([
    ['desktop', { width: 1280, height: 800 }],
    ['phone', PHONE],
  ])('lists my mail newest first with attachment downloads (%s)', async (_name, viewport) => {
    const browser: TestBrowser = await launchBrowser({ baseUrl: app.baseUrl, viewport, timezoneId: 'America/New_York' });
    try {
      const page = await browser.newPage();
      await logIn(page, client.email);
      if (viewport === PHONE) await page.getByRole('button', { name: 'Open navigation' }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mailbox' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mailbox' }).waitFor();
      expect(await page.title()).toBe('Mailbox · Rapport');

      const messages = page.getByRole('list', { name: 'Messages' }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
      await messages.first().waitFor();
      expect(await messages.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(['Your session with Dr. Rivera is confirmed', 'Welcome to Rapport']);
      const newest = messages.first();
      await newest.getByText('Nov 25, 2026, 10:10 AM').waitFor();
      await newest.getByText('Tuesday, December 1 at 6:00 PM.', { exact: false }).waitFor();

      const [download] = await Promise.all([page.waitForEvent('download'), newest.getByRole('link', { name: 'Download session.ics' }).click()]);
      expect(download.suggestedFilename()).toBe('session.ics');
      const chunks: Buffer[] = [];
      for await (const chunk of (await download.createReadStream()) as AsyncIterable<Buffer>) chunks.push(chunk);
      expect(Buffer.concat(chunks).toString('utf8')).toBe(ICS);

      await expectNoHorizontalScroll(page);
      await expectNoSeriousA11yViolations(page, `mailbox page (${viewport.width} px)`);
    } finally {
      await browser.close();
    }
  });
});

describe('with a mail server configured', () => {
  let app: TestApp;
  let client: TestAccount;
  beforeAll(async () => {
    app = await startTestApp({ env: { SMTP_URL: 'smtp://127.0.0.1:9' } });
    client = await signUpAs(app, 'CLIENT');
  });
  afterAll(() => app?.close());

  it('shows no Mailbox link, and the page says it is off', async () => {
    const browser = await launchBrowser({ baseUrl: app.baseUrl });
    try {
      const page = await browser.newPage();
      await logIn(page, client.email);
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: 'Home' }).waitFor();
      await page.waitForLoadState('networkidle'); // the API has answered localMailboxEnabled
      expect(await nav.getByRole('link', { name: 'Mailbox' }).count()).toBe(0);
      await page.goto('/mailbox');
      await page.getByText('The local mailbox is off on this server: e-mail is sent to your inbox.').waitFor();
      await expectNoSeriousA11yViolations(page, 'mailbox page when off');
    } finally {
      await browser.close();
    }
  });
});
