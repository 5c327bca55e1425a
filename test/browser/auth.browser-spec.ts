// The sign-up / log-out / log-in journey in real Chromium against the real app
// (NestJS API on a fresh database, serving the built web app from apps/web/dist).
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { expectNoSeriousA11yViolations, launchBrowser, type TestBrowser } from './support/browser';

const LANDING_HEADING = 'Find a therapist who fits you';

describe('auth journey in the browser', () => {
  let app: TestApp;
  let browser: TestBrowser;

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchBrowser({ baseUrl: app.baseUrl });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('signs up as a client, logs out, is told about a wrong password, and logs back in', async () => {
    const page = await browser.newPage();
    const email = `client-${randomUUID().slice(0, 8)}@example.com`;
    const password = 'quiet-harbour-morning-42';

    await page.goto('/');
    await heading(page, LANDING_HEADING).waitFor();
    expect(await page.title()).toBe('Find a therapist who fits · Rapport');
    await expectNoSeriousA11yViolations(page, 'landing page');

    await page.getByRole('banner').getByRole('link', { name: 'Get started' }).click();
    await heading(page, 'Create your account').waitFor();
    expect(await page.title()).toBe('Sign up · Rapport');
    await expectNoSeriousA11yViolations(page, 'sign-up page');

    await textbox(page, 'Email').fill(email);
    await textbox(page, 'Password').fill(password);
    await page.getByRole('radio', { name: "I'm looking for a therapist" }).check();
    await page.getByRole('button', { name: 'Create account' }).click();

    await page.getByText(`Signed in as ${email} (client)`).waitFor();
    expect(await page.title()).toBe('Home · Rapport');
    await expectNoSeriousA11yViolations(page, 'signed-in home');

    await page.getByRole('banner').getByRole('button', { name: 'Log out' }).click();
    await heading(page, LANDING_HEADING).waitFor();
    expect(await page.getByText('Signed in as').count()).toBe(0);

    await page.getByRole('main').getByRole('link', { name: 'Log in' }).click();
    await heading(page, 'Welcome back').waitFor();
    expect(await page.title()).toBe('Log in · Rapport');

    await textbox(page, 'Email').fill(email);
    await textbox(page, 'Password').fill('not-my-password-at-all');
    await page.getByRole('button', { name: 'Log in' }).click();
    const alert = page.getByRole('main').getByRole('alert');
    await alert.waitFor();
    const alertText = (await alert.innerText()).trim();
    expect(alertText).toMatch(/couldn't log you in/i);
    // A sentence for a person, not a code or a stack trace.
    expect(alertText).not.toMatch(/UNAUTHENTICATED|INTERNAL|\[GraphQL\]|Error:|at \w+ \(/);
    await expectNoSeriousA11yViolations(page, 'log-in page showing an error');

    await textbox(page, 'Password').fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByText(`Signed in as ${email} (client)`).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).waitFor();
  });
});

function heading(page: Page, name: string) {
  return page.getByRole('heading', { level: 1, name });
}

// Exact accessible names: "Password" must not match the "Show password" toggle.
function textbox(page: Page, name: string) {
  return page.getByRole('textbox', { name, exact: true });
}
