// Availability in real Chromium against the real app: a therapist sets weekly hours in
// the grid editor and adds a session type; an anonymous visitor in another time zone
// sees those hours as open times in their own zone, and in another zone they choose.
// Server and browser run on one pinned clock, chosen so the journey crosses a month's
// end and New York's autumn clock change on purpose: "today" is Thursday 29 October
// 2026; three days later is Sunday 1 November (a new month, and the day New York goes
// from UTC−4 to UTC−5); next week's Monday is 2 November, after the change.
import type { Locator, Page } from 'playwright-core';
import { CalendarSource, ExternalCalendar } from '../../apps/api/src/availability/entities/external-calendar.entity';
import { createAdmin, TEST_PASSWORD, type TestAccount } from '../support/accounts';
import { RunningClock } from '../support/fixed-clock';
import { startTestApp, type TestApp } from '../support/test-app';
import { createActiveTherapist } from '../support/therapists';
import { chooseOption, expectNoSeriousA11yViolations, gainsFocus, launchBrowser, type TestBrowser } from './support/browser';

const THERAPIST_ZONE = 'America/New_York';
const VISITOR_ZONE = 'America/Los_Angeles';
const OTHER_ZONE = 'Europe/London';
const PHONE = { width: 390, height: 844 };
const NOW = new Date('2026-10-29T15:00:00Z'); // 11:00 in New York

describe('availability in the browser', () => {
  let app: TestApp;
  let therapist: TestAccount & { profileId: string };
  let therapistBrowser: TestBrowser;
  let visitorBrowser: TestBrowser;

  beforeAll(async () => {
    app = await startTestApp({ clock: new RunningClock(NOW) });
    therapist = await createActiveTherapist(app, await createAdmin(app), { timeZone: THERAPIST_ZONE });
    therapistBrowser = await launchBrowser({ baseUrl: app.baseUrl, timezoneId: THERAPIST_ZONE, now: NOW });
    visitorBrowser = await launchBrowser({ baseUrl: app.baseUrl, timezoneId: VISITOR_ZONE, viewport: PHONE, now: NOW });
    // Logged in through the log-in page once; every test's tab shares the session cookie.
    const page = await therapistBrowser.newPage();
    await logIn(page, therapist.email);
    await page.close();
  });

  afterAll(async () => {
    await therapistBrowser?.close();
    await visitorBrowser?.close();
    await app?.close();
  });

  it('shows Monday 09:00–12:00 New York hours to a visitor in their own zone, and in one they pick', async () => {
    const page = await therapistBrowser.newPage();
    await page.goto('/');
    await mainNav(page).getByRole('link', { name: 'Availability' }).click();
    await heading(page, 'Availability').waitFor();
    expect(await page.title()).toBe('Availability · Rapport');
    await page.getByText(`Times are in your time zone, ${THERAPIST_ZONE}`).waitFor();
    await expectNoSeriousA11yViolations(page, 'availability page');

    const monday = dayGroup(page, 'Monday');
    await monday.getByRole('button', { name: 'Add hours on Monday' }).click();
    const window = page.getByRole('group', { name: 'Monday, hours 1', exact: true });
    await window.getByLabel('Start').fill('09:00');
    await window.getByLabel('End').fill('12:00');
    // The grid draws the window as a block that leads back to its inputs.
    await page.getByRole('button', { name: 'Edit Monday 9:00 AM – 12:00 PM' }).click();
    expect(await gainsFocus(window.getByLabel('Start'))).toBe(true);
    await page.getByRole('button', { name: 'Save weekly hours' }).click();
    await page.getByRole('status').filter({ hasText: 'Weekly hours saved' }).waitFor();

    // No minimum notice, so next week's Monday is bookable whatever today is.
    const bookingRules = page.getByRole('region', { name: 'Booking rules' });
    await bookingRules.getByLabel('Minimum notice (hours)').fill('0');
    await bookingRules.getByRole('button', { name: 'Save booking rules' }).click();
    await bookingRules.getByRole('status').filter({ hasText: 'Booking rules saved' }).waitFor();

    await mainNav(page).getByRole('link', { name: 'Session types' }).click();
    await heading(page, 'Session types').waitFor();
    await expectNoSeriousA11yViolations(page, 'session types page');
    const addForm = page.getByRole('region', { name: 'Add a session type' });
    await addForm.getByRole('textbox', { name: 'Name', exact: true }).fill('Individual therapy');
    await addForm.getByLabel('Kind').selectOption({ label: 'Individual therapy' });
    await addForm.getByLabel('Length (minutes)').fill('50');
    await addForm.getByLabel('Price (USD)').fill('150');
    await addForm.getByRole('button', { name: 'Add session type' }).click();
    await page.getByRole('status').filter({ hasText: 'Session type added' }).waitFor();
    await page.getByRole('region', { name: 'Offered' }).getByText('Individual therapy · 50 minutes · $150').waitFor();

    const visitor = await visitorBrowser.newPage();
    await visitor.goto(`/therapists/${therapist.profileId}`);
    await heading(visitor, 'Dr. Test Therapist').waitFor();
    const picker = visitor.getByRole('region', { name: 'Book a session' });
    await picker.getByLabel('Session type', { exact: true }).selectOption({ label: 'Individual therapy · 50 min · $150' });
    expect(await picker.getByRole('combobox', { name: 'Your time zone' }).inputValue()).toBe(VISITOR_ZONE);
    await picker.getByRole('button', { name: 'Next week', exact: true }).click();

    const inVisitorZone = expectedMondaySlots(VISITOR_ZONE);
    await expectSlots(picker, inVisitorZone);
    expect(inVisitorZone.times[0]).toBe('6:00 AM'); // 09:00 in New York, 3 hours behind all year
    await expectNoSeriousA11yViolations(visitor, 'public profile with open times (phone)');

    await picker.getByRole('button', { name: inVisitorZone.firstInFull }).click();
    await picker.getByText(`Selected: ${inVisitorZone.firstShort} (your time)`).waitFor();

    await chooseOption(picker.getByRole('combobox', { name: 'Your time zone' }), OTHER_ZONE, { search: OTHER_ZONE });
    const inOtherZone = expectedMondaySlots(OTHER_ZONE);
    await expectSlots(picker, inOtherZone);
    // 09:00 in New York on 2 November is 14:00 in London; the week before New York's
    // change it was 13:00, so this also proves the slots follow New York's new offset.
    expect(inOtherZone.times[0]).toBe('2:00 PM');
  });

  it('points at the right day when two windows overlap', async () => {
    const page = await therapistBrowser.newPage();
    await page.goto('/therapist/availability');
    await heading(page, 'Availability').waitFor();

    const tuesday = dayGroup(page, 'Tuesday');
    await tuesday.getByRole('button', { name: 'Add hours on Tuesday' }).click();
    await tuesday.getByRole('button', { name: 'Add hours on Tuesday' }).click();
    const first = page.getByRole('group', { name: 'Tuesday, hours 1', exact: true });
    const second = page.getByRole('group', { name: 'Tuesday, hours 2', exact: true });
    await first.getByLabel('Start').fill('09:00');
    await first.getByLabel('End').fill('12:00');
    await second.getByLabel('Start').fill('11:00');
    await second.getByLabel('End').fill('13:00');

    await tuesday.getByText('Overlaps 9:00 AM – 12:00 PM').waitFor();
    expect(await dayGroup(page, 'Monday').getByText(/Overlaps/).count()).toBe(0);
    await page.getByRole('button', { name: 'Save weekly hours' }).click();
    await page.getByRole('alert').filter({ hasText: 'Fix the highlighted hours' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
    expect(await gainsFocus(second.getByLabel('Start'))).toBe(true);
    await expectNoSeriousA11yViolations(page, 'availability page showing an overlap');
  });

  it('closes a date from the calendar, lists it, and imports an .ics file whose events count as busy', async () => {
    const page = await therapistBrowser.newPage();
    await page.goto('/therapist/availability');
    await heading(page, 'Availability').waitFor();

    const changes = page.getByRole('region', { name: 'Days off and changed hours' });
    const today = dateIn(NOW, THERAPIST_ZONE);
    const dayOff = addDays(today, 3);
    expect(dayOff).toBe('2026-11-01'); // the next month, and New York's clock-change day
    // October is shown first, without November's first days: they are reached by the arrow.
    await changes.getByRole('button', { name: 'Saturday, October 31, 2026' }).waitFor();
    expect(await changes.getByRole('button', { name: longDate(dayOff) }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page, 'availability page calendar at the end of a month');
    await changes.getByRole('button', { name: 'Next month' }).click();
    const dayOffLabel = longDate(dayOff);
    await changes.getByRole('button', { name: dayOffLabel, exact: true }).click();
    await changes.getByRole('heading', { name: dayOffLabel }).waitFor();
    await changes.getByRole('radio', { name: 'Closed all day' }).check();
    await changes.getByRole('button', { name: 'Save this date' }).click();
    await changes.getByRole('status').filter({ hasText: `${dayOffLabel}: closed all day.` }).waitFor();
    await changes.getByRole('listitem').filter({ hasText: dayOffLabel }).getByText('Closed all day').waitFor();

    const calendars = page.getByRole('region', { name: 'Other calendars' });
    const upload = calendars.getByRole('form', { name: 'Upload a file' });
    await upload.getByRole('textbox', { name: 'Calendar name' }).fill('Clinic calendar');
    await upload.locator('input[type="file"]').setInputFiles({ name: 'clinic.ics', mimeType: 'text/calendar', buffer: Buffer.from(oneEventCalendar(addDays(today, 5))) });
    await upload.getByRole('button', { name: 'Import file' }).click();
    await calendars.getByRole('status').filter({ hasText: 'Clinic calendar was imported' }).waitFor();
    await calendars.getByRole('listitem').filter({ hasText: 'Clinic calendar' }).getByText(/^1 busy time · last read/).waitFor();
    await expectNoSeriousA11yViolations(page, 'availability page with a changed date and a calendar');

    await changes.getByRole('button', { name: `Remove the change on ${dayOffLabel}` }).click();
    await changes.getByRole('status').filter({ hasText: `${dayOffLabel} is back to your usual hours.` }).waitFor();
    await changes.getByRole('listitem').filter({ hasText: dayOffLabel }).waitFor({ state: 'detached' });
  });
  it('shows a feed the server may not read as a plain refusal, never as a success', async () => {
    const page = await therapistBrowser.newPage();
    await page.goto('/therapist/availability');
    await heading(page, 'Availability').waitFor();
    const calendars = page.getByRole('region', { name: 'Other calendars' });
    const feedForm = calendars.getByRole('form', { name: 'Subscribe to a feed' });
    // The app's own loopback address: the strict policy refuses it like any inside address.
    await feedForm.getByRole('textbox', { name: 'Calendar name' }).fill('Loopback');
    await feedForm.getByRole('textbox', { name: 'Calendar address (iCal URL)' }).fill(`${app.baseUrl}/calendar.ics`);
    await feedForm.getByRole('button', { name: 'Add calendar' }).click();
    const refusal = "We couldn't read that calendar address. Check that it is the public iCal link from your calendar app (it starts with https:// or webcal://) and try again.";
    await feedForm.getByText(refusal).waitFor();
    expect(await feedForm.getByRole('textbox', { name: 'Calendar address (iCal URL)' }).getAttribute('aria-invalid')).toBe('true');
    expect(await calendars.getByRole('status').count()).toBe(0);
    expect(await calendars.getByRole('listitem').filter({ hasText: 'Loopback' }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page, 'availability page with a refused feed');

    // A feed saved earlier whose address now leads inside: refreshing it is an error, not "up to date".
    const em = app.em();
    em.create(ExternalCalendar, { therapist: therapist.profileId, source: CalendarSource.FEED, name: 'Moved feed', feedUrl: `${app.baseUrl}/moved.ics` });
    await em.flush();
    await page.reload();
    await calendars.getByRole('button', { name: 'Refresh Moved feed' }).click();
    await calendars.getByRole('alert').filter({ hasText: `Moved feed was not refreshed. ${refusal}` }).waitFor();
    await calendars.getByRole('listitem').filter({ hasText: 'Moved feed' }).getByText('Last refresh failed').waitFor();
    expect(await calendars.getByRole('status').count()).toBe(0);
    expect(await calendars.getByText(/is up to date|was added/).count()).toBe(0);
  });
});

async function logIn(page: Page, email: string) {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByText(`Signed in as ${email}`).waitFor();
}

function heading(page: Page, name: string) {
  return page.getByRole('heading', { level: 1, name });
}

function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

function dayGroup(page: Page, day: string) {
  return page.getByRole('group', { name: day, exact: true });
}

async function expectSlots(picker: Locator, expected: { shortDay: string; times: string[] }) {
  const day = picker.getByRole('group', { name: expected.shortDay, exact: true });
  await day.getByRole('button', { name: expected.times[0], exact: false }).first().waitFor();
  // Intl may separate "AM" with a narrow no-break space: compare words, not space characters.
  expect((await day.getByRole('button').allInnerTexts()).map((text) => text.replace(/\s+/g, ' '))).toEqual(expected.times);
}

// Expected open times, worked out here with Intl rather than with the app's own helpers:
// Monday 09:00–12:00 in New York, a 50-minute session every 30 minutes (09:00 … 11:00),
// on the Monday of the viewer's next week, rendered in the viewer's zone.
function expectedMondaySlots(viewerZone: string): { shortDay: string; firstInFull: string; firstShort: string; times: string[] } {
  const monday = addDays(startOfWeek(dateIn(NOW, viewerZone)), 7);
  const starts = ['09:00', '09:30', '10:00', '10:30', '11:00'].map((time) => instantAt(monday, time, THERAPIST_ZONE));
  const localDate = dateIn(starts[0], viewerZone);
  const utcNoon = new Date(`${localDate}T12:00:00Z`);
  // The app writes every date and time one way, in the viewer's locale (en-US here).
  const inViewerZone = (instant: Date, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-US', { ...options, timeZone: viewerZone }).format(instant).replace(/\s+/g, ' ');
  return {
    shortDay: new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(utcNoon),
    firstInFull: inViewerZone(starts[0], { weekday: 'long', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' }),
    firstShort: inViewerZone(starts[0], { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }),
    times: starts.map((start) => inViewerZone(start, { hour: 'numeric', minute: '2-digit' })),
  };
}

function dateIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** '2026-11-28' → 'Saturday, November 28, 2026', as the calendar names its days. */
function longDate(date: string): string {
  return new Intl.DateTimeFormat('en-US', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/** An iCalendar file with one hour-long event at 15:00 UTC on `date`. */
function oneEventCalendar(date: string): string {
  const day = date.replaceAll('-', '');
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rapport browser test//EN',
    'BEGIN:VEVENT',
    'UID:dentist@rapport.test',
    `DTSTAMP:${day}T000000Z`,
    'SUMMARY:Dentist',
    `DTSTART:${day}T150000Z`,
    `DTEND:${day}T160000Z`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function startOfWeek(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
  return addDays(date, 1 - weekday);
}

/** The instant clocks in `timeZone` show `date` `time`, found by trying every quarter-hour offset. */
function instantAt(date: string, time: string, timeZone: string): Date {
  const wall = Date.parse(`${date}T${time}:00Z`);
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  for (let offsetMinutes = -14 * 60; offsetMinutes <= 14 * 60; offsetMinutes += 15) {
    const candidate = new Date(wall - offsetMinutes * 60_000);
    if (format.format(candidate) === `${date}, ${time}`) return candidate;
  }
  throw new Error(`${date} ${time} does not exist in ${timeZone}`);
}
