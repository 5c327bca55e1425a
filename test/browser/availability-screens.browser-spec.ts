// TEMPORARY: screenshots for a visual check; deleted before handing over.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAdmin, TEST_PASSWORD } from '../support/accounts';
import { graphql } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { createActiveTherapist } from '../support/therapists';
import { launchBrowser } from './support/browser';

let app: TestApp;
beforeAll(async () => { app = await startTestApp(); }, 60_000);
afterAll(() => app?.close());

it('screens', async () => {
  const therapist = await createActiveTherapist(app, await createAdmin(app));
  await graphql(app.baseUrl, `mutation ($input: SetWeeklyRulesInput!) { setWeeklyRules(input: $input) { settings { timeZone } } }`, { input: { rules: [
    { weekday: 1, startLocal: '09:00', endLocal: '12:00' }, { weekday: 1, startLocal: '13:00', endLocal: '17:00' },
    { weekday: 3, startLocal: '10:00', endLocal: '18:00' }, { weekday: 5, startLocal: '08:00', endLocal: '11:30' },
  ] } }, therapist);
  await graphql(app.baseUrl, `mutation ($input: DateOverrideInput!) { setDateOverride(input: $input) { settings { timeZone } } }`, { input: { date: '2026-12-24', windows: [] } }, therapist);
  await graphql(app.baseUrl, `mutation ($input: DateOverrideInput!) { setDateOverride(input: $input) { settings { timeZone } } }`, { input: { date: '2026-12-28', windows: [{ startLocal: '15:00', endLocal: '19:00' }] } }, therapist);
  await graphql(app.baseUrl, `mutation ($input: SessionTypeInput!) { createSessionType(input: $input) { id } }`, { input: { name: 'Individual therapy', kind: 'INDIVIDUAL', durationMinutes: 50, priceMinor: 15000, formats: ['VIDEO'] } }, therapist);
  await graphql(app.baseUrl, `mutation ($input: SessionTypeInput!) { createSessionType(input: $input) { id } }`, { input: { name: 'Free consultation', kind: 'CONSULTATION', durationMinutes: 15, priceMinor: 0, formats: ['PHONE', 'VIDEO'] } }, therapist);
  const icsText = readFileSync(join(__dirname, '../../apps/api/src/availability/ics/fixtures/weekly-supervision.ics'), 'utf8');
  await graphql(app.baseUrl, `mutation ($input: CalendarUploadInput!) { uploadCalendar(input: $input) { settings { timeZone } } }`, { input: { name: 'Clinic calendar', icsText } }, therapist);
  await graphql(app.baseUrl, `mutation ($input: CalendarFeedInput!) { addCalendarFeed(input: $input) { settings { timeZone } } }`, { input: { name: 'Personal', url: 'https://calendar.invalid/feed.ics' } }, therapist);

  for (const [name, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]] as const) {
    const browser = await launchBrowser({ baseUrl: app.baseUrl, viewport, timezoneId: 'America/Los_Angeles' });
    const page = await browser.newPage();
    await page.goto('/login');
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill(therapist.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByText('Signed in as').first().waitFor();
    await page.goto('/therapist/availability');
    await page.getByRole('heading', { level: 1, name: 'Availability' }).waitFor();
    await page.getByRole('button', { name: '24 December 2026' }).first().click().catch(() => undefined);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/avail-shots/availability-${name}.png`, fullPage: true });
    for (const region of ['Weekly hours', 'Booking rules', 'Days off and changed hours', 'Other calendars']) {
      await page.getByRole('region', { name: region }).screenshot({ path: `/tmp/avail-shots/region-${name}-${region.split(' ')[0]}.png` });
    }
    await page.goto('/therapist/session-types');
    await page.getByRole('heading', { level: 1, name: 'Session types' }).waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/avail-shots/session-types-${name}.png`, fullPage: true });
    await page.goto(`/therapists/${therapist.profileId}`);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/avail-shots/public-${name}.png`, fullPage: true });
    await browser.close();
  }
}, 120_000);
