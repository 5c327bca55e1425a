import type { Page } from 'playwright-core';
import { TEST_PASSWORD } from '../../support/accounts';
import { launchBrowser, type TestBrowser } from './browser';

/** Logs in through the form, as a person would, and waits for the signed-in header. */
export async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('banner').getByRole('button', { name: 'Log out' }).waitFor();
}

/** The page fits its viewport's width (360 px phones included). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

/** A new browser page on the test app at the pinned clock's time, reduced motion; the browser joins `browsers` to be closed in afterAll. */
export async function openPage(options: { baseUrl: string; now: Date; browsers: TestBrowser[]; viewport?: { width: number; height: number } }): Promise<Page> {
  const browser = await launchBrowser({ baseUrl: options.baseUrl, viewport: options.viewport, now: options.now });
  options.browsers.push(browser);
  const page = await browser.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  return page;
}
