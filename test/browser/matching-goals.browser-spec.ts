// Goals in real Chromium: add a goal, check in (goal rating plus a re-taken PHQ-9 and
// GAD-7), and see the scores drawn as a chart whose numbers are also in a table.
import type { Page } from 'playwright-core';
import { signUpAs, TEST_PASSWORD } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';
import { expectNoSeriousA11yViolations, launchBrowser, type TestBrowser } from './support/browser';

describe('goals in the browser', () => {
  let app: TestApp;
  let browser: TestBrowser;

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchBrowser({ baseUrl: app.baseUrl, timezoneId: 'America/New_York', timeoutMs: 15_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('adds a goal, checks in twice, and charts scores and progress with a table behind the chart', async () => {
    const client = await signUpAs(app, 'CLIENT');
    const page = await browser.newPage();
    await logIn(page, client.email);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Goals' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your goals' }).waitFor();
    await page.getByText('Your first check-in starts these charts.').waitFor();
    await expectNoSeriousA11yViolations(page, 'goals page, empty');

    await page.getByRole('textbox', { name: 'Add a goal' }).fill('Walk outside three times a week');
    await page.getByRole('button', { name: 'Add goal' }).click();
    await page.getByRole('status').filter({ hasText: 'Goal added' }).waitFor();
    await page.getByRole('button', { name: 'Archive goal: Walk outside three times a week' }).waitFor();

    await checkIn(page, { rating: 3, phq9: 'More than half the days', gad7: 'Several days' });
    await checkIn(page, { rating: 6, phq9: 'Several days', gad7: 'Not at all' });

    const scores = page.getByRole('img', { name: 'Questionnaire scores' });
    await scores.waitFor();
    await page.getByRole('table', { name: /Progress toward your goals/ }).getByRole('cell').nth(1).waitFor();
    expect(await scores.locator('path').count()).toBe(2);
    const progress = page.getByRole('img', { name: /Progress toward your goals/ });
    await progress.waitFor();
    // The numbers behind the drawing: PHQ-9 totals 2×8=16 then 8 (item 9 "Not at all"), GAD-7 7 then 0.
    const table = page.getByRole('table', { name: 'Questionnaire scores' });
    await table.getByRole('row').nth(2).waitFor(); // the second check-in's row renders after its refetch
    expect(await table.getByRole('row').count()).toBe(3);
    expect(await table.getByRole('cell').allInnerTexts()).toEqual([
      expect.stringMatching(/^16 \(/),
      expect.stringMatching(/^7 \(/),
      expect.stringMatching(/^8 \(/),
      expect.stringMatching(/^0 \(/),
    ]);
    const progressTable = page.getByRole('table', { name: /Progress toward your goals/ });
    expect(await progressTable.getByRole('cell').allInnerTexts()).toEqual(['3', '6']);
    await expectNoSeriousA11yViolations(page, 'goals page with charts');
  });
});

async function logIn(page: Page, email: string) {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

async function checkIn(page: Page, answers: { rating: number; phq9: string; gad7: string }) {
  const slider = page.getByRole('slider', { name: /Progress on/ });
  await slider.focus();
  await slider.press('Home');
  for (let step = 0; step < answers.rating; step += 1) await slider.press('ArrowRight');
  expect(await slider.getAttribute('aria-valuenow')).toBe(String(answers.rating));

  await page.getByRole('checkbox', { name: /Re-take the mood questions/ }).check();
  for (let index = 0; index < 9; index += 1) {
    const answer = index === 8 ? 'Not at all' : answers.phq9;
    await page.getByRole('radiogroup', { name: new RegExp(`^${index + 1}\\. `) }).first().getByRole('radio', { name: answer, exact: true }).check();
  }
  await page.getByRole('checkbox', { name: /Re-take the worry questions/ }).check();
  // GAD-7's radio groups come after PHQ-9's nine, numbered from 1 again.
  for (let index = 0; index < 7; index += 1) {
    await page.getByRole('radiogroup', { name: new RegExp(`^${index + 1}\\. `) }).nth(1).getByRole('radio', { name: answers.gad7, exact: true }).check();
  }
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.getByRole('status').filter({ hasText: 'Check-in saved' }).waitFor();
}
