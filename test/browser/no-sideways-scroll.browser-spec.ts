// Issue 11 point 8: nothing widens a phone screen. At 360 px, every page each role
// can reach (and the visitor's) is opened and must not scroll sideways.
import type { Page } from 'playwright-core';
import { createAdmin, signUpAs, TEST_PASSWORD, type TestAccount } from '../support/accounts';
import { createBookableTherapist, type BookableTherapist } from '../support/bookings';
import { graphql } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { launchBrowser, type TestBrowser } from './support/browser';

const PHONE = { width: 360, height: 740 };

async function expectNoSidewaysScroll(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  // Let lazy content (lists, results) arrive before measuring.
  await page.waitForLoadState('networkidle');
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect({ path, tooWideBy: Math.max(0, scrollWidth - clientWidth) }).toEqual({ path, tooWideBy: 0 });
}

describe('no page scrolls sideways at 360 px', () => {
  let app: TestApp;
  let admin: TestAccount;
  let therapist: BookableTherapist;
  let client: TestAccount;

  beforeAll(async () => {
    app = await startTestApp({ env: { SESSION_IDLE_MINUTES: '1440' } });
    admin = await createAdmin(app);
    therapist = await createBookableTherapist(app, admin, {
      // Long names make long headings, chips and cards.
      profile: {
        displayName: 'Dr. Alexandria Montgomery-Worthington',
        headline: 'Obsessive-compulsive disorder, body-focused repetitive behaviours and perfectionism',
        treatedConcerns: ['PERINATAL', 'BPD'],
        modalities: ['CBT_E', 'EMDR'],
      },
    });
    client = await signUpAs(app, 'CLIENT');
    const intake = await graphql(app.baseUrl, `mutation ($input: SubmitIntakeInput!) { submitIntake(input: $input) { id } }`, {
      input: { concerns: [{ code: 'ANXIETY', priority: 1 }], jurisdiction: 'NY', timeZone: 'America/New_York', goals: ['Sleep through the night without waking at three'] },
    }, client);
    if (intake.errors) throw new Error(JSON.stringify(intake.errors));
  }, 90_000);
  afterAll(() => app?.close());

  async function visitAs(account: TestAccount | null, paths: string[]): Promise<void> {
    const browser: TestBrowser = await launchBrowser({ baseUrl: app.baseUrl, viewport: PHONE });
    try {
      const page = await browser.newPage();
      if (account) {
        await page.goto('/login');
        await page.getByRole('textbox', { name: 'Email', exact: true }).fill(account.email);
        await page.getByRole('textbox', { name: 'Password', exact: true }).fill(TEST_PASSWORD);
        await page.getByRole('button', { name: 'Log in' }).click();
        await page.getByRole('banner').getByRole('button', { name: 'Log out' }).waitFor();
      }
      for (const path of paths) await expectNoSidewaysScroll(page, path);
    } finally {
      await browser.close();
    }
  }

  it('for a visitor', async () => {
    await visitAs(null, ['/', '/signup', '/login', '/forgot-password', '/reset-password', '/therapists', '/intake', `/therapists/${therapist.profileId}`, '/no-such-page']);
  }, 120_000);

  it('for a client', async () => {
    await visitAs(client, ['/', '/account', '/intake', '/matches', '/therapists', '/goals', `/therapists/${therapist.profileId}`, '/receipts', '/mailbox']);
  }, 120_000);

  it('for a therapist', async () => {
    await visitAs(therapist, ['/', '/account', '/therapist/profile', '/therapist/licenses', '/therapist/availability', '/therapist/session-types', '/therapist/earnings', '/mailbox']);
  }, 120_000);

  it('for an admin', async () => {
    await visitAs(admin, ['/', '/account', '/admin/licenses', '/admin/therapists', '/admin/suspended', '/admin/audit', '/admin/payments', `/therapists/${therapist.profileId}`, '/mailbox']);
  }, 120_000);
});
