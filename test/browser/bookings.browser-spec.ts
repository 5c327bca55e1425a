// Booking in real Chromium against the real app, on one pinned clock for server and
// browsers: "now" is Wednesday 18 November 2026, 09:00 in New York (no clock change
// near). The therapist works Monday–Friday 09:00–17:00 New York time; everyone's
// browser is in New York too, so times read the same on every page.
import type { Locator, Page } from 'playwright-core';
import { BookingsService } from '../../apps/api/src/bookings/bookings.service';
import { createAdmin, signUpAs, TEST_PASSWORD, type TestAccount } from '../support/accounts';
import { bookFree, createBookableTherapist, holdSlot, openStarts, type BookableTherapist } from '../support/bookings';
import { RunningClock } from '../support/fixed-clock';
import { enablePayouts } from '../support/payments';
import { graphql } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { expectNoSeriousA11yViolations, launchBrowser, type TestBrowser } from './support/browser';

const ZONE = 'America/New_York';
const PHONE = { width: 360, height: 780 };
const NOW = new Date('2026-11-18T14:00:00Z'); // Wednesday 09:00 in New York

describe('booking in the browser', () => {
  let app: TestApp;
  let clock: RunningClock;
  let therapist: BookableTherapist;
  let paidSessionTypeId: string;
  let client: TestAccount;
  let clientBrowser: TestBrowser;
  let phoneBrowser: TestBrowser;
  let therapistBrowser: TestBrowser;

  beforeAll(async () => {
    clock = new RunningClock(NOW);
    app = await startTestApp({ clock });
    therapist = await createBookableTherapist(app, await createAdmin(app), { timeZone: ZONE, settings: { cancellationWindowHours: 24, lateCancelFeePercent: 50 } });
    const paid = await graphql(
      app.baseUrl,
      `mutation ($input: SessionTypeInput!) { createSessionType(input: $input) { id } }`,
      { input: { name: 'Individual therapy', kind: 'INDIVIDUAL', durationMinutes: 50, priceMinor: 15000, formats: ['VIDEO'] } },
      therapist,
    );
    paidSessionTypeId = paid.data!.createSessionType.id;
    // Paid sessions need a payouts account that can take charges (onboarded on the Stripe emulator).
    await enablePayouts(app, therapist);
    client = await signUpAs(app, 'CLIENT', ZONE);
    clientBrowser = await launchBrowser({ baseUrl: app.baseUrl, timezoneId: ZONE, now: NOW });
    phoneBrowser = await launchBrowser({ baseUrl: app.baseUrl, timezoneId: ZONE, viewport: PHONE, now: NOW });
    therapistBrowser = await launchBrowser({ baseUrl: app.baseUrl, timezoneId: ZONE, now: NOW });
  });

  afterAll(async () => {
    await clientBrowser?.close();
    await phoneBrowser?.close();
    await therapistBrowser?.close();
    await app?.close();
  });

  it('books a free consultation (logging in on the way), shows it in My bookings, and reschedules it', async () => {
    const page = await clientBrowser.newPage();
    await page.goto(`/therapists/${therapist.profileId}`);
    const picker = page.getByRole('region', { name: 'Book a session' });
    await picker.getByLabel('Session type', { exact: true }).selectOption({ label: 'Consultation · 50 min · free' });
    await picker.getByRole('button', { name: 'Thursday, November 19 at 10:00 AM' }).click();

    const review = picker.getByRole('region', { name: 'Review this time' });
    await review.getByText('This session is free: cancelling, rescheduling or missing it costs nothing.').waitFor();
    await review.getByText('By video: the join link appears in your booking before the session.').waitFor();
    // Not signed in: log in right here and come back to the same time.
    await review.getByRole('tab', { name: 'I have an account' }).click();
    await review.getByRole('textbox', { name: 'Email', exact: true }).fill(client.email);
    await review.getByRole('textbox', { name: 'Password', exact: true }).fill(TEST_PASSWORD);
    await review.getByRole('button', { name: 'Log in and continue' }).click();
    await page.getByRole('banner').getByRole('button', { name: 'Log out' }).waitFor();
    const again = page.getByRole('region', { name: 'Review this time' });
    await again.getByRole('button', { name: 'Hold this time' }).waitFor();
    await page.getByText('Selected: Thu, Nov 19, 10:00 AM (your time)').waitFor();
    expect(await again.getByLabel('State you will be in for sessions').inputValue()).toBe('NY');
    await expectNoSeriousA11yViolations(page, 'booking review');

    // A double click is one hold: the request key is made once per attempt.
    await again.getByRole('button', { name: 'Hold this time' }).dblclick();
    const held = again.getByRole('alert').filter({ hasText: 'This time is held for you' });
    await held.getByText(/^Held for you for \d+:\d\d$/).waitFor();
    expect(await again.locator('[aria-live="polite"]').innerText()).toMatch(/^About \d+ minutes left to confirm\.$/);
    await expectNoSeriousA11yViolations(page, 'held time with a countdown');
    await again.getByRole('button', { name: 'Confirm booking' }).click();

    await heading(page, 'Your session is booked').waitFor();
    await page.getByText('Thu, Nov 19, 2026, 10:00 AM – 10:50 AM').waitFor();
    const calendarLink = page.getByRole('link', { name: 'Add to calendar' });
    expect(await calendarLink.getAttribute('href')).toMatch(/^\/bookings\/[0-9a-f-]+\.ics$/);
    await expectNoSeriousA11yViolations(page, 'booking confirmed');
    expect(await countActiveBookings(app, client)).toBe(1);

    // The confirmation reaches the client's local mailbox with the session's .ics. Read before
    // the move below: mail is written when its outbox event is handled, from the booking as it
    // is then, so a confirmation handled after the move carries the moved time.
    const confirmation = await mailboxMessage(page, 'Your session with Dr. Test Therapist is confirmed');
    const confirmedIcs = await downloadText(page, confirmation.getByRole('link', { name: 'Download rapport-session.ics' }));
    expect(confirmedIcs).toContain('DTSTART;TZID=America/New_York:20261119T100000');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My bookings' }).click();
    await heading(page, 'My bookings').waitFor();
    const upcoming = page.getByRole('region', { name: 'Upcoming' });
    const card = upcoming.getByRole('listitem', { name: 'Consultation with Dr. Test Therapist' });
    await card.getByText('Thu, Nov 19, 2026, 10:00 AM – 10:50 AM').waitFor();
    await expectNoSeriousA11yViolations(page, 'my bookings');

    await card.getByRole('button', { name: 'Reschedule' }).click();
    const newTime = card.getByRole('region', { name: 'Pick a new time' });
    await newTime.getByRole('button', { name: 'Friday, November 20 at 11:00 AM' }).click();
    await newTime.getByRole('button', { name: 'Move the booking here' }).click();
    await page.getByRole('status').filter({ hasText: 'Moved to Fri, Nov 20, 2026, 11:00 AM – 11:50 AM.' }).waitFor();
    await upcoming.getByRole('listitem', { name: 'Consultation with Dr. Test Therapist' }).getByText('Fri, Nov 20, 2026, 11:00 AM – 11:50 AM').waitFor();
    expect(await upcoming.getByText('Thu, Nov 19, 2026, 10:00 AM – 10:50 AM').count()).toBe(0);

    // The move reaches the mailbox too, its .ics a later version of the same event.
    const moved = await mailboxMessage(page, /^Session moved to /);
    const movedIcs = await downloadText(page, moved.getByRole('link', { name: 'Download rapport-session.ics' }));
    expect(movedIcs).toContain('DTSTART;TZID=America/New_York:20261120T110000');
    // Same event, later version: calendar apps replace the Thursday copy instead of adding one.
    expect(icsField(movedIcs, 'UID')).toBe(icsField(confirmedIcs, 'UID'));
    expect(Number(icsField(movedIcs, 'SEQUENCE'))).toBeGreaterThan(Number(icsField(confirmedIcs, 'SEQUENCE')));
    await expectNoSeriousA11yViolations(page, 'mailbox with booking e-mail');
  });

  it('says so when another client took the time first, and offers the times still open', async () => {
    const page = await clientBrowser.newPage();
    await page.goto(`/therapists/${therapist.profileId}`);
    const picker = page.getByRole('region', { name: 'Book a session' });
    await picker.getByLabel('Session type', { exact: true }).selectOption({ label: 'Consultation · 50 min · free' });
    const slotName = 'Thursday, November 19 at 2:00 PM';
    await picker.getByRole('button', { name: slotName }).click();
    const review = picker.getByRole('region', { name: 'Review this time' });
    await review.getByRole('button', { name: 'Hold this time' }).waitFor();

    const faster = await signUpAs(app, 'CLIENT', ZONE);
    const theirHold = await holdSlot(app, faster, therapist, '2026-11-19T19:00:00.000Z');
    expect(theirHold.errors).toBeUndefined();

    await review.getByRole('button', { name: 'Hold this time' }).click();
    const taken = picker.getByRole('alert').filter({ hasText: 'That time was just taken' });
    await taken.getByText(/Pick another time; nothing was charged\./).waitFor();
    await picker.getByRole('button', { name: slotName }).waitFor({ state: 'detached' });
    await picker.getByRole('button', { name: 'Thursday, November 19 at 1:00 PM' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'slot taken');

    // Held, then released: the time is open again at once.
    await picker.getByRole('button', { name: 'Thursday, November 19 at 12:00 PM' }).click();
    await review.getByRole('button', { name: 'Hold this time' }).click();
    await review.getByRole('button', { name: 'Release this time' }).click();
    await review.waitFor({ state: 'detached' });
    await picker.getByRole('button', { name: 'Thursday, November 19 at 12:00 PM' }).waitFor();
    expect(await countActiveBookings(app, client)).toBe(1); // only the rescheduled consultation
    expect(await openStarts(app, therapist, '2026-11-19T17:00:00.000Z', '2026-11-19T18:00:00.000Z')).toContain('2026-11-19T17:00:00.000Z');

    // Another time held and left unconfirmed (the tab closed, say): My bookings can still confirm it.
    await picker.getByRole('button', { name: 'Thursday, November 19 at 1:00 PM' }).click();
    await review.getByRole('button', { name: 'Hold this time' }).click();
    await review.getByText(/^Held for you for/).waitFor();
    await page.goto('/bookings');
    const held = page.getByRole('region', { name: 'Upcoming' }).getByRole('listitem', { name: 'Consultation with Dr. Test Therapist' }).filter({ hasText: 'Thu, Nov 19, 2026, 1:00 PM' });
    await held.getByText('Held, not yet confirmed').waitFor();
    await held.getByRole('button', { name: 'Confirm booking' }).click();
    await page.getByRole('status').filter({ hasText: 'The session is booked.' }).waitFor();
    await held.getByText('Confirmed', { exact: true }).waitFor();
  });

  it('keeps a time every week, lists the week it could not book with the nearest open time, and cancels the rest of the series', async () => {
    const other = await signUpAs(app, 'CLIENT', ZONE);
    await bookFree(app, other, therapist, '2026-11-30T15:00:00.000Z'); // Monday 30 November 10:00, the series' second week

    const page = await clientBrowser.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/therapists/${therapist.profileId}`);
    const picker = page.getByRole('region', { name: 'Book a session' });
    await picker.getByLabel('Session type', { exact: true }).selectOption({ label: 'Consultation · 50 min · free' });
    await picker.getByRole('button', { name: 'Next week', exact: true }).click();
    await picker.getByRole('button', { name: 'Monday, November 23 at 10:00 AM' }).click();
    const review = picker.getByRole('region', { name: 'Review this time' });
    await review.getByRole('checkbox', { name: 'Keep this time every week' }).check();
    await review.getByLabel('How often').selectOption({ label: 'Every week' });
    await review.getByRole('textbox', { name: 'Sessions' }).fill('3');
    await expectNoSeriousA11yViolations(page, 'weekly booking review');
    await review.getByRole('button', { name: 'Book these sessions' }).click();

    const outcome = review.getByRole('status').filter({ hasText: '2 sessions booked' });
    await outcome.getByText('Mon, Nov 23, 2026, 10:00 AM – 10:50 AM · Confirmed').waitFor();
    await outcome.getByText('Mon, Dec 7, 2026, 10:00 AM – 10:50 AM · Confirmed').waitFor();
    await outcome.getByText(/^November 30, 2026: that time is taken or outside the therapist’s hours\. Nearest open time: Mon, Nov 30, 2026, (9|11):00 AM – (9|11):50 AM\.$/).waitFor();
    await expectNoSeriousA11yViolations(page, 'weekly booking outcome');

    await outcome.getByRole('link', { name: 'See them in My bookings' }).click();
    await heading(page, 'My bookings').waitFor();
    const upcoming = page.getByRole('region', { name: 'Upcoming' });
    const first = upcoming.getByRole('listitem', { name: 'Consultation with Dr. Test Therapist' }).filter({ hasText: 'Mon, Nov 23, 2026, 10:00 AM' });
    await first.getByRole('button', { name: 'Cancel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel this session?' });
    await dialog.getByText('Cancelling now is free.').waitFor();
    await dialog.getByRole('radio', { name: 'This session and every later one in the series' }).check();
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Moving to another city.');
    await expectNoSeriousA11yViolations(page, 'cancel a series');
    await dialog.getByRole('button', { name: 'Cancel the session' }).click();
    await page.getByRole('status').filter({ hasText: 'This session and the later ones in the series are cancelled.' }).waitFor();
    await upcoming.getByRole('listitem', { name: 'Consultation with Dr. Test Therapist' }).filter({ hasText: 'Mon, Nov 23, 2026' }).waitFor({ state: 'detached' });
    expect(await upcoming.getByRole('listitem', { name: 'Consultation with Dr. Test Therapist' }).filter({ hasText: 'Mon, Dec 7, 2026' }).count()).toBe(0);
    // The single booking from the first journey is not part of the series and stays.
    await upcoming.getByRole('listitem', { name: 'Consultation with Dr. Test Therapist' }).filter({ hasText: 'Fri, Nov 20, 2026, 11:00 AM' }).waitFor();
  });

  it('shows the late-cancellation fee before the client confirms, on a phone', async () => {
    const lateClient = await signUpAs(app, 'CLIENT', ZONE);
    // Today 15:00 in New York: six hours ahead, inside the 24-hour window.
    const held = await holdSlot(app, lateClient, { ...therapist, sessionTypeId: paidSessionTypeId }, '2026-11-18T20:00:00.000Z');
    expect(held.errors).toBeUndefined();
    await app.app.get(BookingsService).markPaid(held.data!.holdSlot.id);

    const page = await phoneBrowser.newPage();
    // Reduced motion (which the app honours) shows the dialog at once, so axe never sees it mid-fade.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await logIn(page, lateClient.email);
    await page.goto('/bookings');
    await heading(page, 'My bookings').waitFor();
    const card = page.getByRole('region', { name: 'Upcoming' }).getByRole('listitem', { name: 'Individual therapy with Dr. Test Therapist' });
    await card.getByText('Wed, Nov 18, 2026, 3:00 PM – 3:50 PM').waitFor();
    await expectNoSeriousA11yViolations(page, 'my bookings (phone)');
    await expectNoHorizontalScroll(page, 'my bookings (phone)');

    // Moving it this late: the policy's words come with the new time, before anything moves.
    await card.getByRole('button', { name: 'Reschedule' }).click();
    const newTime = card.getByRole('region', { name: 'Pick a new time' });
    await newTime.getByRole('button', { name: 'Thursday, November 19 at 3:00 PM' }).click();
    await newTime.getByText(/^This is a late change\. Free to cancel or reschedule until 24 hours before\./).waitFor();
    await expectNoSeriousA11yViolations(page, 'late reschedule (phone)');
    await expectNoHorizontalScroll(page, 'late reschedule (phone)');
    await card.getByRole('button', { name: 'Keep the current time' }).click();

    await card.getByRole('button', { name: 'Cancel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel this session?' });
    await dialog.getByText('Cancelling now costs $75 of the $150 fee.').waitFor();
    await dialog.getByText('The session starts in less than 24 hours, so cancelling now costs 50% of the $150 fee ($75).').waitFor();
    await expectNoSeriousA11yViolations(page, 'cancel dialog with a late fee (phone)');
    await expectNoHorizontalScroll(page, 'cancel dialog (phone)');
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Something came up at work.');
    await dialog.getByRole('button', { name: 'Cancel the session' }).click();
    await page.getByRole('status').filter({ hasText: 'The session is cancelled.' }).waitFor();
    const past = page.getByRole('region', { name: 'Past' }).getByRole('listitem', { name: 'Individual therapy with Dr. Test Therapist' });
    await past.getByText(/Fee kept: \$75\./).waitFor();
    await past.getByText('Cancelled', { exact: true }).first().waitFor();
  });

  it('books on a phone: review and countdown fit the screen, and a lapsed hold says so', async () => {
    // The browser's clock was pinned a little after the server's started: line them up, so the countdown reads from 10:00.
    await phoneBrowser.context.clock.setSystemTime(clock.now());
    const page = await phoneBrowser.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/therapists/${therapist.profileId}`);
    const picker = page.getByRole('region', { name: 'Book a session' });
    await picker.getByLabel('Session type', { exact: true }).selectOption({ label: 'Individual therapy · 50 min · $150' });
    await picker.getByRole('button', { name: 'Friday, November 20 at 3:00 PM' }).click();
    const review = picker.getByRole('region', { name: 'Review this time' });
    await review.getByText(/Cancellation policy: Free to cancel or reschedule until 24 hours before\./).waitFor();
    await review.getByText('free until Nov 19, 2026, 3:00 PM; after that it costs what the policy says.').waitFor();
    await expectNoSeriousA11yViolations(page, 'booking review (phone)');
    await expectNoHorizontalScroll(page, 'booking review (phone)');

    await review.getByRole('button', { name: 'Hold this time' }).click();
    await review.getByText(/^Held for you for (10:00|9:[2-5]\d)$/).waitFor();
    await expectNoSeriousA11yViolations(page, 'held time (phone)');
    await expectNoHorizontalScroll(page, 'held time (phone)');

    // Ten minutes on, the hold has lapsed: the page says so and offers the time again.
    await phoneBrowser.context.clock.fastForward('10:01');
    await review.getByRole('alert').filter({ hasText: 'Your hold ran out' }).waitFor();
    await review.getByRole('button', { name: 'Hold this time' }).waitFor();
    expect(await review.getByText(/^Held for you for/).count()).toBe(0);
  });

  it("shows the therapist's week and lets them mark a session complete only once it has started", async () => {
    const weekClient = await signUpAs(app, 'CLIENT', ZONE);
    await bookFree(app, weekClient, therapist, '2026-11-18T16:00:00.000Z'); // today 11:00 in New York
    const weekClientName = weekClient.email.split('@')[0];

    const page = await therapistBrowser.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await logIn(page, therapist.email);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bookings' }).click();
    await heading(page, 'Bookings').waitFor();
    const wednesday = page.getByRole('region', { name: 'Wed, Nov 18' });
    const session = wednesday.getByRole('listitem', { name: `11:00 AM–11:50 AM, ${weekClientName}` });
    await session.getByText('Consultation').waitFor();
    const complete = session.getByRole('button', { name: 'Mark complete' });
    expect(await complete.isDisabled()).toBe(true);
    await session.getByText(/You can mark it once it starts \(Nov 18, 2026, 11:00 AM\)\./).waitFor();
    // The client booked and moved earlier is in the week too.
    await page.getByRole('region', { name: 'Fri, Nov 20' }).getByRole('listitem', { name: `11:00 AM–11:50 AM, ${client.email.split('@')[0]}` }).waitFor();
    await expectNoSeriousA11yViolations(page, 'therapist week');
    await expectNoHorizontalScroll(page, 'therapist week (narrow day columns on a laptop)');

    // The therapist cancels a paid session: the dialog says the client gets everything back.
    const paidClient = await signUpAs(app, 'CLIENT', ZONE);
    const paidHold = await holdSlot(app, paidClient, { ...therapist, sessionTypeId: paidSessionTypeId }, '2026-11-19T21:00:00.000Z'); // Thursday 16:00
    expect(paidHold.errors).toBeUndefined();
    await app.app.get(BookingsService).markPaid(paidHold.data!.holdSlot.id);
    await page.reload();
    const paidSession = page.getByRole('region', { name: 'Thu, Nov 19' }).getByRole('listitem', { name: `4:00 PM–4:50 PM, ${paidClient.email.split('@')[0]}` });
    await paidSession.getByRole('button', { name: 'Cancel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel this session?' });
    await dialog.getByText('Your client gets a full refund ($150).').waitFor();
    await expectNoSeriousA11yViolations(page, 'therapist cancel dialog');
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('I am unwell; please book another day.');
    await dialog.getByRole('button', { name: 'Cancel the session' }).click();
    await page.getByRole('status').filter({ hasText: 'The session is cancelled.' }).waitFor();
    await paidSession.getByText('“I am unwell; please book another day.”').waitFor();
    const refund = await graphql(app.baseUrl, `query ($id: ID!) { booking(id: $id) { status refundMinor cancellationFeeMinor } }`, { id: paidHold.data!.holdSlot.id }, paidClient);
    expect(refund.data!.booking).toEqual({ status: 'CANCELLED', refundMinor: 15000, cancellationFeeMinor: 0 });

    await page.setViewportSize(PHONE);
    await expectNoSeriousA11yViolations(page, 'therapist week (phone)');
    await expectNoHorizontalScroll(page, 'therapist week (phone)');
    await page.setViewportSize({ width: 1280, height: 800 });

    const afterStart = new Date('2026-11-18T16:05:00Z');
    clock.set(afterStart);
    await therapistBrowser.context.clock.setSystemTime(afterStart);
    // An hour later the idle session has ended: the therapist logs in again after the session.
    await logIn(page, therapist.email);
    await page.goto('/therapist/bookings');
    const started = page.getByRole('region', { name: 'Wed, Nov 18' }).getByRole('listitem', { name: `11:00 AM–11:50 AM, ${weekClientName}` });
    await started.getByRole('button', { name: 'Mark complete' }).click();
    await page.getByRole('status').filter({ hasText: `${weekClientName}'s session at 11:00 AM–11:50 AM is marked complete.` }).waitFor();
    await started.getByText('Completed', { exact: true }).waitFor();
    expect(await started.getByRole('button', { name: 'Mark complete' }).count()).toBe(0);
  });
});

async function logIn(page: Page, email: string) {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByText(`Signed in as ${email}`).waitFor();
}

function heading(page: Page | Locator, name: string) {
  return page.getByRole('heading', { level: 1, name });
}

async function expectNoHorizontalScroll(page: Page, label: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) throw new Error(`${label} scrolls sideways by ${overflow}px`);
  // The fixed header never scrolls the page, so check that its controls fit on their own.
  const cutOff = await page.evaluate(() =>
    Array.from(document.querySelectorAll('header a, header button'))
      .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth)
      .map((element) => `${element.textContent} (right edge ${Math.round(element.getBoundingClientRect().right)}px)`),
  );
  if (cutOff.length) throw new Error(`${label}: header controls cut off at the right edge: ${cutOff.join(', ')}`);
  const truncated = await page.evaluate(() =>
    Array.from(document.querySelectorAll('.mantine-Button-label'))
      .filter((element) => element.scrollWidth > element.clientWidth + 1)
      .map((element) => element.textContent),
  );
  if (truncated.length) throw new Error(`${label}: button labels cut off: ${truncated.join(', ')}`);
}

/** The mailbox item with this subject, reloading while the e-mail is still on the job queue. */
async function mailboxMessage(page: Page, subject: string | RegExp): Promise<Locator> {
  for (let attempt = 0; attempt < 40; attempt++) {
    await page.goto('/mailbox');
    await page.getByRole('heading', { level: 1, name: 'Mailbox' }).waitFor();
    const message = page.getByRole('list', { name: 'Messages' }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: subject }) });
    if ((await message.count()) > 0) return message.first();
    await page.waitForTimeout(500);
  }
  throw new Error(`no e-mail "${String(subject)}" in the mailbox after 20 s`);
}

function icsField(ics: string, name: string): string | undefined {
  return new RegExp(`^${name}:(.+)$`, 'm').exec(ics)?.[1]?.trim();
}

async function downloadText(page: Page, link: Locator): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function countActiveBookings(app: TestApp, client: TestAccount): Promise<number> {
  const rows = await app.em().getConnection().execute<{ count: string }[]>(
    `select count(*) from bookings where client_id = ? and status in ('HELD', 'CONFIRMED')`,
    [client.id],
  );
  return Number(rows[0].count);
}
