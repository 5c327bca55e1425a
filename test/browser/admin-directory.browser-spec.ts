// The admins' therapist directory (issue 11 point 10) at 1280 and 360 px, axe-clean,
// no sideways scroll: search by name or email, filter by state and status.
import type { Page } from 'playwright-core';
import { createAdmin, signUpAs, TEST_PASSWORD, type TestAccount } from '../support/accounts';
import { graphql } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { createActiveTherapist } from '../support/therapists';
import { chooseOption, expectNoSeriousA11yViolations, launchBrowser, type TestBrowser } from './support/browser';

const VIEWPORTS = [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 360, height: 740 }],
] as const;

async function checkPage(page: Page, what: string): Promise<void> {
  await expectNoSeriousA11yViolations(page, what);
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

describe('therapist directory for admins', () => {
  let app: TestApp;
  let admin: TestAccount;
  let pending: TestAccount;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await createAdmin(app);
    await createActiveTherapist(app, admin, { profile: { displayName: 'Amelia Ortiz' } });
    pending = await signUpAs(app, 'THERAPIST');
    await graphql(app.baseUrl, `mutation ($input: UpdateTherapistProfileInput!) { updateTherapistProfile(input: $input) { id } }`, { input: { displayName: 'Bruno Silva' } }, pending);
    await graphql(app.baseUrl, `mutation ($input: SubmitLicenseInput!) { submitLicense(input: $input) { id } }`, {
      input: { licenseType: 'LPC', number: 'DIR-1', jurisdiction: 'NJ', expiresOn: '2031-06-30' },
    }, pending);
  });
  afterAll(() => app?.close());

  it.each(VIEWPORTS)('searches by name or email and filters by state and status (%s)', async (name, viewport) => {
    const browser: TestBrowser = await launchBrowser({ baseUrl: app.baseUrl, viewport });
    try {
      const page = await browser.newPage();
      await page.goto('/login');
      await page.getByRole('textbox', { name: 'Email', exact: true }).fill(admin.email);
      await page.getByRole('textbox', { name: 'Password', exact: true }).fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByRole('banner').getByRole('button', { name: 'Log out' }).waitFor();
      await page.goto('/admin/therapists');
      await page.getByRole('heading', { level: 1, name: 'Therapists' }).waitFor();
      const results = page.getByRole('region', { name: /therapists?,|No therapists match/ });
      await page.getByRole('heading', { level: 2, name: '2 therapists, showing 1–2' }).waitFor();
      await results.getByText('Licenses in New Jersey · 1 waiting for review').waitFor();
      await checkPage(page, `therapist directory (${name})`);

      const filters = page.getByRole('search', { name: 'Find therapists' });
      await filters.getByRole('searchbox', { name: 'Name or email' }).fill(pending.email.toUpperCase());
      await page.getByRole('heading', { level: 2, name: '1 therapist, showing 1–1' }).waitFor();
      await results.getByRole('link', { name: 'Bruno Silva' }).waitFor();
      await filters.getByRole('searchbox', { name: 'Name or email' }).fill('');

      await chooseOption(filters.getByRole('combobox', { name: 'Status' }), 'Active');
      await page.getByRole('heading', { level: 2, name: '1 therapist, showing 1–1' }).waitFor();
      await results.getByRole('link', { name: 'Amelia Ortiz' }).waitFor();

      await chooseOption(filters.getByRole('combobox', { name: 'State' }), 'New Jersey', { search: 'New Jer' });
      await page.getByRole('heading', { level: 2, name: 'No therapists match' }).waitFor();
      await checkPage(page, `therapist directory, nothing matches (${name})`);
    } finally {
      await browser.close();
    }
  });
});
