// The account page (change password) and what logging out leaves behind, in real
// Chromium against the real app serving the built web app.
import type { Page } from 'playwright-core';
import { signUpAs, TEST_PASSWORD } from '../support/accounts';
import { graphql } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { chooseFromList, expectNoSeriousA11yViolations, gainsFocus, launchBrowser, type TestBrowser } from './support/browser';

const NEW_PASSWORD = 'amber-lighthouse-evening';
const LOG_IN = `mutation ($input: LogInInput!) { logIn(input: $input) { token } }`;

describe('account journeys in the browser', () => {
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

  it('changes the password from the account page: field errors in place, then a status, other devices logged out', async () => {
    const client = await signUpAs(app, 'CLIENT'); // its token stands for a second device
    const page = await browser.newPage();
    await page.context().clearCookies();
    await logIn(page, client.email, TEST_PASSWORD);

    await page.getByRole('banner').getByRole('link', { name: 'Account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    expect(await page.title()).toBe('Account · Rapport');
    await page.getByText(`Signed in as ${client.email} (client).`).waitFor();
    await expectNoSeriousA11yViolations(page, 'account page');

    // Caught in the browser: a confirmation that does not match.
    await password(page, 'Current password').fill(TEST_PASSWORD);
    await password(page, 'New password').fill(NEW_PASSWORD);
    await password(page, 'Confirm new password').fill(`${NEW_PASSWORD}!`);
    await submit(page);
    await page.getByText('This does not match the new password. Type it again.').waitFor();
    expect(await gainsFocus(password(page, 'Confirm new password'))).toBe(true);

    // Caught by the API, shown under the field it names.
    await password(page, 'Current password').fill('not-my-password-at-all');
    await password(page, 'Confirm new password').fill(NEW_PASSWORD);
    await submit(page);
    await page.getByText('That is not your current password.').waitFor();
    expect(await password(page, 'Current password').getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(password(page, 'Current password'))).toBe('That is not your current password.');
    expect(await gainsFocus(password(page, 'Current password'))).toBe(true);
    await expectNoSeriousA11yViolations(page, 'account page showing a field error');

    await password(page, 'Current password').fill(TEST_PASSWORD);
    await submit(page);
    const status = page.getByRole('status').filter({ hasText: 'Password changed' });
    await status.waitFor();
    expect(await status.innerText()).toContain('We logged you out on 1 other device or browser.');
    expect(await password(page, 'Current password').inputValue()).toBe('');
    await expectNoSeriousA11yViolations(page, 'account page after a change');

    // This browser stays signed in; the other session and the old password are done.
    await page.reload();
    await page.getByText(`Signed in as ${client.email} (client).`).waitFor();
    expect((await graphql(app.baseUrl, '{ me { id } }', {}, client)).data?.me).toBeNull();
    expect((await graphql(app.baseUrl, LOG_IN, { input: { email: client.email, password: TEST_PASSWORD } })).data).toBeNull();
    expect((await graphql(app.baseUrl, LOG_IN, { input: { email: client.email, password: NEW_PASSWORD } })).data?.logIn.token).toBeTruthy();
  });

  it('logs out leaving no per-user state behind: the intake draft is gone from sessionStorage', async () => {
    const client = await signUpAs(app, 'CLIENT');
    const page = await browser.newPage();
    await page.context().clearCookies();
    await logIn(page, client.email, TEST_PASSWORD);

    await page.goto('/intake');
    await page.getByRole('heading', { level: 2, name: 'What brings you here', exact: true }).waitFor();
    await chooseFromList(page, 'What would you like help with?', 'worry', 'Anxiety and worry');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 2, name: 'What you hope will change', exact: true }).waitFor();
    const draftKeys = await storedKeys(page);
    expect(draftKeys.session).toEqual([expect.stringMatching(/^rapport\.intake-draft\.v1:/)]);
    expect(await page.evaluate((key) => window.sessionStorage.getItem(key), draftKeys.session[0])).toContain('ANXIETY');

    await page.getByRole('banner').getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Log in' }).waitFor();
    expect(await storedKeys(page)).toEqual({ session: [], local: [] });
    // And nothing comes back: the intake asks to sign in, with no answers to resume.
    await page.goto('/intake');
    await page.getByRole('tab', { name: 'I have an account' }).waitFor();
    expect(await storedKeys(page)).toEqual({ session: [], local: [] });
  });
});

async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('banner').getByRole('button', { name: 'Log out' }).waitFor();
}

// Exact names: "New password" must not match "Confirm new password" nor the "Show password" toggles.
function password(page: Page, name: string) {
  return page.getByRole('main').getByRole('textbox', { name, exact: true });
}

function submit(page: Page) {
  return page.getByRole('button', { name: 'Change password' }).click();
}

/** The text a screen reader reads after the field's name. */
function describedBy(locator: ReturnType<Page['getByRole']>): Promise<string> {
  return locator.evaluate((input) =>
    (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim(),
  );
}

function storedKeys(page: Page): Promise<{ session: string[]; local: string[] }> {
  return page.evaluate(() => ({ session: Object.keys(window.sessionStorage), local: Object.keys(window.localStorage) }));
}
