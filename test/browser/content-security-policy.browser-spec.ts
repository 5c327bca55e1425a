// The built web app under its real Content-Security-Policy in Chromium: pages load
// and are styled with no violation, and the violation detector every journey relies
// on (support/browser.ts) does catch an inline script or style.
import type { Page } from 'playwright-core';
import { createAdmin } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';
import { createActiveTherapist } from '../support/therapists';
import { expectNoCspViolations, launchBrowser, type TestBrowser } from './support/browser';

/** Mantine's theme variables come from the <style> element it injects; blocked, the stylesheet default would show. */
async function themeStylesApplied(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const styles = getComputedStyle(document.documentElement);
    const dimmed = styles.getPropertyValue('--mantine-color-dimmed').trim();
    return dimmed !== '' && dimmed === styles.getPropertyValue('--mantine-color-gray-7').trim();
  });
}

describe('Content-Security-Policy in the browser', () => {
  let app: TestApp;
  let therapistId: string;

  beforeAll(async () => {
    app = await startTestApp();
    const admin = await createAdmin(app);
    const therapist = await createActiveTherapist(app, admin, {
      profile: { displayName: 'Dr. Nonce Checker', formats: ['VIDEO', 'IN_PERSON'], office: { address: '1 Main St, Albany NY', latitude: 42.65, longitude: -73.75 } },
    });
    therapistId = therapist.profileId;
  });
  afterAll(() => app?.close());

  it('loads and styles the public pages with no CSP violation', async () => {
    const browser = await launchBrowser({ baseUrl: app.baseUrl });
    try {
      const page = await browser.newPage();
      const pages: [string, string][] = [
        ['/', 'Find a therapist who fits you'],
        ['/therapists', 'Find a therapist'],
        ['/signup', 'Create your account'],
        ['/login', 'Welcome back'],
        [`/therapists/${therapistId}`, 'Dr. Nonce Checker'],
      ];
      for (const [path, heading] of pages) {
        const response = await page.goto(path);
        expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        expect(await themeStylesApplied(page)).toBe(true);
        expectNoCspViolations(page);
      }
    } finally {
      await browser.close();
    }
  });

  it('catches an inline script and an inline <style> without the nonce, and blocks both', async () => {
    const browser = await launchBrowser({ baseUrl: app.baseUrl });
    let closed: unknown;
    try {
      const page = await browser.newPage();
      await page.goto('/');
      await page.getByRole('heading', { level: 1, name: 'Find a therapist who fits you' }).waitFor();
      expectNoCspViolations(page);
      const ran = await page.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.__inlineScriptRan = true;';
        document.head.append(script);
        const style = document.createElement('style');
        style.textContent = 'body { outline: 7px solid red; }';
        document.head.append(style);
        await new Promise((resolve) => setTimeout(resolve, 100));
        return { script: 'inlineScriptRan' in window || '__inlineScriptRan' in window, outline: getComputedStyle(document.body).outlineStyle };
      });
      expect(ran).toEqual({ script: false, outline: 'none' });
      expect(() => expectNoCspViolations(page)).toThrow(/script-src/);
      expect(() => expectNoCspViolations(page)).toThrow(/style-src/);
    } finally {
      closed = await browser.close().then(() => null, (error: unknown) => error);
    }
    // close() fails a journey that ends with unreported violations.
    expect(String(closed)).toMatch(/Content-Security-Policy violation/);
  });
});
