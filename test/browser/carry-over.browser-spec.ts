// Issue 11 points 7 and 10 in real Chromium, at desktop and phone widths, axe clean:
// an unfinished intake opens again in another tab or device (kept on the server),
// "Update your answers" opens the step chosen, the intake's goals and PHQ-9 reach
// the Goals page; admins search and filter the review queue, check a license with
// its state board, and read the audit log in words.
import type { Locator, Page } from 'playwright-core';
import { createAdmin, signUpAs, TEST_PASSWORD, type TestAccount } from '../support/accounts';
import { graphql } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitUntil } from '../support/wait-until';
import { chooseFromList, chooseOption, expectNoSeriousA11yViolations, launchBrowser, type TestBrowser } from './support/browser';

const VIEWPORTS = [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 360, height: 740 }],
] as const;

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ env: { SESSION_IDLE_MINUTES: '1440' } });
});
afterAll(() => app?.close());

async function withBrowser(viewport: { width: number; height: number }, run: (browser: TestBrowser) => Promise<void>): Promise<void> {
  const browser = await launchBrowser({ baseUrl: app.baseUrl, viewport, timezoneId: 'America/New_York', timeoutMs: 15_000 });
  try {
    await run(browser);
  } finally {
    await browser.close();
  }
}

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('banner').getByRole('button', { name: 'Log out' }).waitFor();
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth - clientWidth).toBeLessThanOrEqual(0);
}

/** Waits until `read()` gives `expected` (a debounced search has answered), failing with the last value. */
async function eventually<T>(read: () => Promise<T>, expected: T): Promise<void> {
  expect(await waitUntil(read, (value) => value === expected)).toBe(expected);
}

const stepHeading = (page: Page, name: string): Locator => page.getByRole('heading', { level: 2, name, exact: true });

async function next(page: Page, nextHeading: string): Promise<void> {
  await page.getByRole('button', { name: 'Next' }).click();
  await stepHeading(page, nextHeading).waitFor();
}

/** Resolves once the wizard has sent its draft to the server (debounced after typing). */
function draftSaved(page: Page): Promise<unknown> {
  return page.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('SaveIntakeDraft') && response.ok());
}

describe('things carry over for a client', () => {
  it.each(VIEWPORTS)('a draft opens in a new tab, the answers reach Goals, and "Update your answers" opens the step (%s)', async (_name, viewport) => {
    const client = await signUpAs(app, 'CLIENT');
    await withBrowser(viewport, async (browser) => {
      // First tab: start the intake and type a goal.
      const first = await browser.newPage();
      await logIn(first, client.email);
      await first.goto('/intake');
      await stepHeading(first, 'What brings you here').waitFor();
      await chooseFromList(first, 'What would you like help with?', 'worry', 'Anxiety and worry');
      await next(first, 'What you hope will change');
      const saved = draftSaved(first);
      await first.getByRole('textbox', { name: 'Goal 1' }).fill('Sleep through the night');
      await saved;
      await expectNoSeriousA11yViolations(first, 'intake, goals step');
    });

    // Another device (a fresh browser: no tab storage, a new session) opens where the client left off.
    await withBrowser(viewport, async (browser) => {
      const page = await browser.newPage();
      await logIn(page, client.email);
      await page.goto('/intake');
      await stepHeading(page, 'What you hope will change').waitFor();
      expect(await page.getByRole('textbox', { name: 'Goal 1' }).inputValue()).toBe('Sleep through the night');
      await expectNoSidewaysScroll(page);

      await next(page, 'How you’d like to work');
      await next(page, 'Where and how you’ll meet');
      await page.getByLabel('Where will you be for sessions?').selectOption('NY');
      await next(page, 'Cost');
      await next(page, 'Who you’d feel comfortable with');
      await next(page, 'When suits you');
      await next(page, 'How your mood has been (optional)');
      for (let index = 0; index < 9; index += 1) {
        await page.getByRole('radiogroup', { name: new RegExp(`^${index + 1}\\. `) }).getByRole('radio', { name: index === 8 ? 'Not at all' : 'Several days', exact: true }).check();
      }
      await next(page, 'How worry has been (optional)');
      await next(page, 'Review and see your matches');
      await page.getByRole('button', { name: 'See my matches' }).click();
      await page.getByRole('heading', { level: 1, name: 'Your matches' }).waitFor();

      // Submitted: the server keeps no draft.
      const draft = await graphql(app.baseUrl, `{ myIntakeDraft { stepIndex } }`, {}, client);
      expect(draft.data?.myIntakeDraft).toBeNull();

      // "Update your answers" opens the step chosen.
      const update = page.getByRole('navigation', { name: 'Update your answers' });
      await update.waitFor();
      await expectNoSeriousA11yViolations(page, 'matches with update links');
      await expectNoSidewaysScroll(page);
      await update.getByRole('link', { name: 'Cost and insurance' }).click();
      await stepHeading(page, 'Cost').waitFor();
      expect(page.url()).toMatch(/\/intake\?step=cost$/);
      await page.goBack();
      await page.getByRole('navigation', { name: 'Update your answers' }).getByRole('link', { name: 'Days and times' }).click();
      await stepHeading(page, 'When suits you').waitFor();

      // The intake's goal is a goal, and its PHQ-9 (8 × "several days" = 8, mild) is the chart's first point.
      await page.goto('/goals');
      await page.getByRole('heading', { level: 1, name: 'Your goals' }).waitFor();
      await page.getByRole('button', { name: 'Archive goal: Sleep through the night' }).waitFor();
      await page.getByText('Your intake answers are the first point; each check-in adds one.').waitFor();
      const table = page.getByRole('table', { name: 'Questionnaire scores' });
      await table.waitFor();
      expect(await table.getByRole('rowheader').first().innerText()).toMatch(/^Intake, /);
      expect(await table.getByRole('cell').first().innerText()).toBe('8 (mild)');
      await expectNoSeriousA11yViolations(page, 'goals with the intake as the first point');
      await expectNoSidewaysScroll(page);
    });
  });
});

describe('admins review at scale', () => {
  let admin: TestAccount;
  const licenseIds: Record<string, string> = {};

  beforeAll(async () => {
    admin = await createAdmin(app);
    for (const [name, license] of [
      ['Dr Ana Ruiz', { number: '123456', jurisdiction: 'NY' }],
      ['Ben Okafor', { number: 'NJ-778', jurisdiction: 'NJ' }],
      ['Dr Rosa Ruiz-Delgado', { number: 'TX-42', jurisdiction: 'TX' }],
    ] as const) {
      const therapist = await signUpAs(app, 'THERAPIST');
      await graphql(app.baseUrl, `mutation ($input: UpdateTherapistProfileInput!) { updateTherapistProfile(input: $input) { id } }`, { input: { displayName: name } }, therapist);
      const submitted = await graphql(app.baseUrl, `mutation ($input: SubmitLicenseInput!) { submitLicense(input: $input) { id } }`, {
        input: { licenseType: 'LPC', expiresOn: '2031-06-30', ...license },
      }, therapist);
      licenseIds[name] = submitted.data!.submitLicense.id;
    }
  });

  it.each(VIEWPORTS)('search and filter the queue, check the board, verify, and read it in the audit log (%s)', async (name, viewport) => {
    await withBrowser(viewport, async (browser) => {
      const page = await browser.newPage();
      await logIn(page, admin.email);
      await page.goto('/admin/licenses');
      await page.getByRole('heading', { level: 1, name: 'License reviews' }).waitFor();
      const search = page.getByRole('search', { name: 'Find licenses to review' });
      await search.getByRole('searchbox', { name: 'Name or email' }).fill('ruiz');
      const items = page.getByRole('article');
      await eventually(() => items.count(), name === 'desktop' ? 2 : 1);
      await expectNoSeriousA11yViolations(page, 'review queue, searched');
      await expectNoSidewaysScroll(page);

      // The state narrows it further.
      await chooseOption(search.getByLabel('State'), 'New York', { search: 'New York' });
      await eventually(() => items.count(), name === 'desktop' ? 1 : 0);
      if (name === 'phone') {
        // Verified at desktop width already: nothing in NY is waiting, and the page says why the list is empty.
        await page.getByText('No waiting license matches these filters.').waitFor();
        return;
      }
      const ana = page.getByRole('article', { name: 'Dr Ana Ruiz' });
      const board = ana.getByRole('link', { name: /Look up license 123456 with the New York State Education Department/ });
      expect(await board.getAttribute('href')).toBe('https://www.op.nysed.gov/verification-search');
      expect(await board.getAttribute('target')).toBe('_blank');
      await ana.getByRole('button', { name: 'Verify license…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Verify license?' });
      await dialog.getByRole('link', { name: /Look up license 123456/ }).waitFor();
      await expectNoSeriousA11yViolations(page, 'verify dialog with the board lookup');
      await dialog.getByRole('button', { name: 'Verify license' }).click();
      await page.getByRole('status').filter({ hasText: 'License verified' }).waitFor();

      await page.goto('/admin/audit');
      await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
      await page.getByRole('cell', { name: `${admin.email} verified license NY 123456 of Dr Ana Ruiz` }).waitFor();
      await page.getByRole('cell', { name: 'Dr Ana Ruiz submitted license NY 123456 of Dr Ana Ruiz' }).waitFor();
      await expectNoSeriousA11yViolations(page, 'audit log in words');
    });
  });

  it('the audit log reads in words on a phone too', async () => {
    await withBrowser(VIEWPORTS[1][1], async (browser) => {
      const page = await browser.newPage();
      await logIn(page, admin.email);
      await page.goto('/admin/audit');
      await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
      await page.getByRole('cell', { name: `${admin.email} verified license NY 123456 of Dr Ana Ruiz` }).waitFor();
      // Ids never stand in for names in what happened, to what, and who did it.
      const cells = page.getByRole('region', { name: 'Audit events' }).locator('tbody td:nth-child(2), tbody td:nth-child(3), tbody td:nth-child(4)');
      const words = await cells.allInnerTexts();
      expect(words.length).toBeGreaterThan(10);
      for (const text of words) expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
      await expectNoSeriousA11yViolations(page, 'audit log on a phone');
      await expectNoSidewaysScroll(page);
    });
  });
});
