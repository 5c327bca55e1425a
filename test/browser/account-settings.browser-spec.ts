// Account settings (issue 11 point 6) in real Chromium, at 1280 and 360 px, axe-clean:
// forgot password by an emailed link, change email and time zone, download my data,
// delete my account. No page may scroll sideways.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { JobQueue } from '../../apps/api/src/jobs/job-queue';
import { MAIL_SEND } from '../../apps/api/src/mail/mailer';
import { signUpAs, TEST_PASSWORD } from '../support/accounts';
import { graphql } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { chooseOption, expectNoSeriousA11yViolations, launchBrowser, type TestBrowser } from './support/browser';

const NEW_PASSWORD = 'amber-lighthouse-evening';
const LOG_IN = `mutation ($input: LogInInput!) { logIn(input: $input) { token } }`;
const VIEWPORTS = [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 360, height: 740 }],
] as const;

async function logIn(page: Page, email: string, password = TEST_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('banner').getByRole('button', { name: 'Log out' }).waitFor();
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

async function checkPage(page: Page, what: string): Promise<void> {
  await expectNoSeriousA11yViolations(page, what);
  await expectNoHorizontalScroll(page);
}

describe('account settings in the browser', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { SESSION_IDLE_MINUTES: '1440' } });
  });
  afterAll(() => app?.close());

  async function resetLinkFor(account: { token: string }): Promise<string> {
    await app.app.get(JobQueue).drain(MAIL_SEND);
    const mailbox = await graphql(app.baseUrl, `{ localMailbox { subject text } }`, {}, account);
    const mail = (mailbox.data!.localMailbox as { subject: string; text: string }[]).find((message) => message.subject === 'Reset your Rapport password')!;
    return /\/reset-password#token=[A-Za-z0-9_-]+/.exec(mail.text)![0];
  }

  it.each(VIEWPORTS)('resets a forgotten password from an emailed link (%s)', async (name, viewport) => {
    const client = await signUpAs(app, 'CLIENT');
    const browser: TestBrowser = await launchBrowser({ baseUrl: app.baseUrl, viewport });
    try {
      const page = await browser.newPage();
      await page.goto('/login');
      await page.getByRole('link', { name: 'Forgot your password?' }).click();
      await page.getByRole('heading', { level: 1, name: 'Forgot your password?' }).waitFor();
      await checkPage(page, `forgot password (${name})`);
      await page.getByRole('textbox', { name: 'Email', exact: true }).fill(client.email);
      await page.getByRole('button', { name: 'Send me a link' }).click();
      await page.getByRole('status').filter({ hasText: 'Check your email' }).waitFor();
      await checkPage(page, `forgot password sent (${name})`);

      await page.goto(await resetLinkFor(client));
      await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
      await checkPage(page, `reset password (${name})`);
      await page.getByRole('main').getByRole('textbox', { name: 'New password', exact: true }).fill(NEW_PASSWORD);
      await page.getByRole('main').getByRole('textbox', { name: 'Confirm new password', exact: true }).fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Set new password' }).click();
      await page.getByRole('status').filter({ hasText: 'Password changed' }).waitFor();
      expect((await graphql(app.baseUrl, `{ me { id } }`, {}, client)).data?.me).toBeNull();
      await logIn(page, client.email, NEW_PASSWORD);

      // The same link a second time says so in words, and offers a new one.
      await page.getByRole('banner').getByRole('button', { name: 'Log out' }).click();
      await page.getByRole('banner').getByRole('link', { name: 'Log in' }).waitFor();
      // Read the mailbox as a fresh session: the reset ended every earlier one.
      const fresh = (await graphql(app.baseUrl, LOG_IN, { input: { email: client.email, password: NEW_PASSWORD } })).data!.logIn as { token: string };
      await page.goto(await resetLinkFor(fresh));
      await page.getByRole('main').getByRole('textbox', { name: 'New password', exact: true }).fill('another-fine-passphrase');
      await page.getByRole('main').getByRole('textbox', { name: 'Confirm new password', exact: true }).fill('another-fine-passphrase');
      await page.getByRole('button', { name: 'Set new password' }).click();
      await page.getByText('This reset link has expired or has already been used. Ask for a new one.').waitFor();
      await page.getByRole('link', { name: 'Ask for a new link' }).waitFor();
      await checkPage(page, `reset password, used link (${name})`);
    } finally {
      await browser.close();
    }
  });

  it.each(VIEWPORTS)('changes email and time zone, downloads my data, and deletes the account (%s)', async (name, viewport) => {
    const client = await signUpAs(app, 'CLIENT');
    const browser: TestBrowser = await launchBrowser({ baseUrl: app.baseUrl, viewport });
    try {
      const page = await browser.newPage();
      await logIn(page, client.email);
      await page.goto('/account');
      await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
      await checkPage(page, `account settings (${name})`);

      const emailSection = page.getByRole('region', { name: 'Change email' });
      const newEmail = `moved-${client.id}@example.com`;
      await emailSection.getByRole('textbox', { name: 'New email' }).fill(newEmail);
      await emailSection.getByRole('textbox', { name: 'Your password', exact: true }).fill('not-my-password');
      await emailSection.getByRole('button', { name: 'Change email' }).click();
      await emailSection.getByText('That is not your current password.').first().waitFor();
      await checkPage(page, `account settings, email error (${name})`);
      await emailSection.getByRole('textbox', { name: 'Your password', exact: true }).fill(TEST_PASSWORD);
      await emailSection.getByRole('button', { name: 'Change email' }).click();
      await page.getByRole('status').filter({ hasText: 'Email changed' }).waitFor();
      await page.getByText(`Signed in as ${newEmail} (client).`).waitFor();

      const zoneSection = page.getByRole('region', { name: 'Time zone' });
      await chooseOption(zoneSection.getByRole('combobox', { name: 'Time zone' }), 'Europe/Lisbon', { search: 'Europe/Lisb' });
      await zoneSection.getByRole('button', { name: 'Save time zone' }).click();
      await page.getByRole('status').filter({ hasText: 'Times are now shown in Europe/Lisbon.' }).waitFor();
      expect((await graphql(app.baseUrl, `{ me { timeZone } }`, {}, client)).data?.me.timeZone).toBe('Europe/Lisbon');

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my data (JSON)' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^rapport-export-\d{4}-\d{2}-\d{2}\.json$/);
      const path = await download.path();
      const exported = JSON.parse(readFileSync(path, 'utf8'));
      expect(exported.account).toMatchObject({ id: client.id, email: newEmail, timeZone: 'Europe/Lisbon' });

      await page.getByRole('button', { name: 'Delete my account…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
      await dialog.waitFor();
      // Checked once its opening transition has finished (half-faded text fails contrast).
      await page.waitForFunction(() => Array.from(document.querySelectorAll('.mantine-Modal-content, .mantine-Modal-overlay')).every((element) => getComputedStyle(element).opacity === '1'));
      await checkPage(page, `delete account dialog (${name})`);
      await dialog.getByRole('textbox', { name: 'Your password', exact: true }).fill(TEST_PASSWORD);
      await dialog.getByRole('button', { name: 'Delete my account' }).click();
      await page.getByRole('banner').getByRole('link', { name: 'Log in' }).waitFor();
      expect((await graphql(app.baseUrl, LOG_IN, { input: { email: newEmail, password: TEST_PASSWORD } })).data).toBeNull();
    } finally {
      await browser.close();
    }
  });
});
