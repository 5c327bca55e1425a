// What follows a booking, in the browser: the session rating card on a client's
// home (and the rematch offer it leads to), who read their intake on the account
// page, and the waitlist button on a therapist's page. Axe-clean, desktop and a
// 360 px phone without horizontal scrolling.
import type { Page } from 'playwright-core';
import { OutboxProcessor } from '../../apps/api/src/outbox/outbox.processor';
import { createAdmin, signUpAs, TEST_PASSWORD, type TestAccount } from '../support/accounts';
import { bookFree, COMPLETE, createBookableTherapist, type BookableTherapist } from '../support/bookings';
import { RunningClock } from '../support/fixed-clock';
import { graphql } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { expectNoSeriousA11yViolations, launchBrowser, type TestBrowser } from './support/browser';

const START = '2026-03-02T12:00:00.000Z';
const PHONE = { width: 360, height: 740 };

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('banner').getByRole('button', { name: 'Log out' }).waitFor();
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

const must = async (app: TestApp, query: string, variables: Record<string, unknown>, caller: TestAccount) => {
  const response = await graphql(app.baseUrl, query, variables, caller);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data as Record<string, any>;
};

describe('after a booking, in the browser', () => {
  let app: TestApp;
  let admin: TestAccount;
  const clock = new RunningClock(START);

  beforeAll(async () => {
    app = await startTestApp({ clock, env: { SESSION_IDLE_MINUTES: '1440' } });
    admin = await createAdmin(app);
  });
  afterAll(() => app?.close());

  /** A client who had one completed session with `therapist`, whose record the therapist then read. */
  async function clientAfterASession(run: string): Promise<{ client: TestAccount; therapist: BookableTherapist; other: BookableTherapist }> {
    clock.set(START);
    const client = await signUpAs(app, 'CLIENT', 'America/New_York');
    await must(app, `mutation ($input: SubmitIntakeInput!) { submitIntake(input: $input) { id } }`, {
      input: { concerns: [{ code: 'ANXIETY', priority: 2 }], jurisdiction: 'NY', timeZone: 'America/New_York', format: 'VIDEO' },
    }, client);
    const therapist = await createBookableTherapist(app, admin, { profile: { displayName: `Dr. Rowan Hale ${run}`, treatedConcerns: ['ANXIETY'] } });
    const other = await createBookableTherapist(app, admin, { profile: { displayName: `Dr. Mei Ito ${run}`, treatedConcerns: ['ANXIETY'] } });
    const booking = await bookFree(app, client, therapist, '2026-03-02T15:00:00.000Z');
    await must(app, `query ($id: ID!) { clientHealthRecord(clientId: $id) { clientId } }`, { id: client.id }, therapist);
    clock.set('2026-03-02T16:00:00.000Z');
    await must(app, COMPLETE, { id: booking.id }, therapist);
    // The search index follows therapist changes through the outbox.
    await app.app.get(OutboxProcessor).drain();
    return { client, therapist, other };
  }

  it.each([
    ['desktop', { width: 1280, height: 800 }],
    ['phone', PHONE],
  ])('rates a session, is offered a rematch, sees who read the intake and joins a waitlist (%s)', async (name, viewport) => {
    const { client, other } = await clientAfterASession(name);
    const browser: TestBrowser = await launchBrowser({ baseUrl: app.baseUrl, viewport, timezoneId: 'America/New_York' });
    try {
      const page = await browser.newPage();
      await logIn(page, client.email);
      await page.goto('/');
      const card = page.getByRole('region', { name: `How did your session with Dr. Rowan Hale ${name} feel?` });
      await card.waitFor();
      await expectNoSeriousA11yViolations(page, 'home with the rating card');
      await expectNoHorizontalScroll(page);
      const overall = card.getByRole('slider', { name: "Overall, how was today's session? 0 to 10" });
      await overall.focus();
      await page.keyboard.press('ArrowLeft');
      await card.getByText('Now: 4').waitFor();
      await card.getByRole('checkbox', { name: 'This therapist is not a good fit for me' }).check();
      await card.getByRole('button', { name: 'Send rating' }).click();
      const thanks = page.getByRole('region', { name: 'Thank you for rating your session' });
      // New matches leave out the therapist rated "not a good fit".
      await thanks.getByRole('link', { name: `Dr. Mei Ito ${name}` }).waitFor();
      expect(await thanks.getByRole('link', { name: `Dr. Rowan Hale ${name}` }).count()).toBe(0);
      await thanks.getByRole('link', { name: 'All matches' }).waitFor();
      await thanks.getByRole('button', { name: 'Share my intake with my next therapist' }).click();
      await thanks.getByText('Your next therapist will be able to read your intake and scores.').waitFor();
      await expectNoSeriousA11yViolations(page, 'home after rating');
      const ratings = await must(app, `query { pendingSessionRatings { bookingId } }`, {}, client);
      expect(ratings.pendingSessionRatings).toEqual([]);

      await page.goto('/account');
      const reads = page.getByRole('region', { name: 'Who read your intake' });
      await reads.getByText(new RegExp(`^Dr\\. Rowan Hale ${name}, Mar 2, 2026, `)).waitFor();
      await expectNoSeriousA11yViolations(page, 'account with intake reads');
      await expectNoHorizontalScroll(page);

      await page.goto(`/therapists/${other.profileId}`);
      await page.getByRole('button', { name: 'No time that suits you? Join the waitlist' }).click();
      const form = page.getByRole('region', { name: 'Join the waitlist' });
      await form.getByRole('group', { name: 'Days you can come' }).getByText('Tue', { exact: true }).click();
      await form.getByRole('group', { name: 'Times of day you can come' }).getByText('Mornings', { exact: true }).click();
      await expectNoSeriousA11yViolations(page, 'waitlist form');
      await expectNoHorizontalScroll(page);
      await form.getByRole('button', { name: 'Join the waitlist' }).click();
      await page.getByRole('region', { name: 'You are on the waitlist' }).waitFor();
      const mine = await must(app, `query { myWaitlist { therapistId weekdays dayParts } }`, {}, client);
      expect(mine.myWaitlist).toEqual([{ therapistId: other.profileId, weekdays: [2], dayParts: ['MORNING'] }]);
      await expectNoSeriousA11yViolations(page, 'on the waitlist');
    } finally {
      await browser.close();
    }
  });

  it("makes a therapist's private calendar feed link, on a phone", async () => {
    clock.set(START);
    const therapist = await createBookableTherapist(app, admin);
    const browser: TestBrowser = await launchBrowser({ baseUrl: app.baseUrl, viewport: PHONE, timezoneId: 'America/New_York' });
    try {
      const page = await browser.newPage();
      await logIn(page, therapist.email);
      await page.goto('/therapist/availability');
      const section = page.getByRole('region', { name: 'Your bookings in your calendar' });
      await section.getByRole('button', { name: 'Make my calendar link' }).click();
      await section.getByText(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/).waitFor();
      await section.getByRole('button', { name: 'Make a new link (the old one stops working)' }).waitFor();
      await expectNoSeriousA11yViolations(page, 'availability with the calendar link');
      await expectNoHorizontalScroll(page);
      const shown = await section.getByText(/\/calendar\//).innerText();
      expect((await fetch(`${app.baseUrl}${new URL(shown.trim()).pathname}`)).status).toBe(200);
    } finally {
      await browser.close();
    }
  });
});
