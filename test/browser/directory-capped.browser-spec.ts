// A state with more therapists than a results list holds (400): the directory says "More than
// 400 therapists found" and how to get closer fits, never "400 therapists found" as if that were
// everyone; a search narrowed under the cap counts exactly again.
import type { Page } from 'playwright-core';
import { utcDateOf } from '@rapport/domain';
import { seedDemoTherapists } from '../../prisma-free-schema/seeders/seed-demo-therapists';
import { startTestApp, type TestApp } from '../support/test-app';
import { expectNoSeriousA11yViolations, launchBrowser, type TestBrowser } from './support/browser';

let app: TestApp;
let browser: TestBrowser;
let state: string;
let name: string;

beforeAll(async () => {
  app = await startTestApp();
  await seedDemoTherapists(app.em().fork(), { count: 3_800, today: utcDateOf(new Date()), seed: 31, adminUserId: null });
  const [largest] = await app.em().getConnection().execute<{ jurisdiction: string; listed: number; name: string }[]>(
    `select s.jurisdiction, count(*)::int as listed, min(t.display_name) as name
     from therapist_search_states s join therapist_search t using (therapist_id) group by s.jurisdiction order by count(*) desc limit 1`,
  );
  expect(largest.listed).toBeGreaterThan(400);
  state = largest.jurisdiction;
  name = largest.name;
  browser = await launchBrowser({ baseUrl: app.baseUrl });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const status = (page: Page) => page.getByRole('status').filter({ hasText: /therapists? found/ });

it('says more matched than it lists, and counts exactly once a search is narrowed under the cap', async () => {
  const page = await browser.newPage();
  await page.goto(`/therapists?state=${state}`);
  await page.getByText('More than 400 therapists found').waitFor();
  await page.getByText('We list 400 of them. Add a concern, a format or a price to see the closest fits.').waitFor();
  await expectNoSeriousA11yViolations(page, 'directory, more than it lists');

  await page.getByRole('searchbox', { name: 'Search' }).fill(name);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.waitForURL(/q=/);
  await page.waitForFunction(() => /^\d+ therapists? found$/.test(document.querySelector('[role="status"]')?.textContent ?? ''));
  expect(await status(page).textContent()).toMatch(/^\d+ therapists? found$/);
  expect(await page.getByText(/We list \d+ of them/).count()).toBe(0);
  await page.close();
});
