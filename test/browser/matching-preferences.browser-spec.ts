// Issue 11, points 1–3 in real Chromium at 1280 and 360 px: a match card says how it
// meets (or misses) what the client said, an emptied list names the filter and relaxes
// it in one click, the search box understands everyday words, and insurance is chosen
// from the payer list by clients and therapists alike. Axe-clean, no sideways scroll.
import type { Locator, Page } from 'playwright-core';
import { createAdmin, signUpAs, TEST_PASSWORD, type TestAccount } from '../support/accounts';
import { graphql } from '../support/graphql-client';
import { enablePayouts } from '../support/payments';
import { startTestApp, type TestApp } from '../support/test-app';
import { createActiveTherapist } from '../support/therapists';
import { chooseFromList, chooseOption, expectNoSeriousA11yViolations, launchBrowser, type TestBrowser } from './support/browser';

const ZONE = 'America/New_York';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 780 };
const SETTINGS = `mutation ($input: BookingSettingsInput!) { updateBookingSettings(input: $input) { settings { timeZone } } }`;
const RULES = `mutation ($input: SetWeeklyRulesInput!) { setWeeklyRules(input: $input) { weeklyRules { weekday } } }`;
const CREATE_TYPE = `mutation ($input: SessionTypeInput!) { createSessionType(input: $input) { id } }`;
const SUBMIT_INTAKE = `mutation ($input: SubmitIntakeInput!) { submitIntake(input: $input) { id } }`;

let app: TestApp;
let jules: TestAccount & { profileId: string };
const browsers: TestBrowser[] = [];

beforeAll(async () => {
  app = await startTestApp();
  const admin = await createAdmin(app);
  const wren = await createActiveTherapist(app, admin, {
    profile: {
      displayName: 'Dr. Wren Achebe', gender: 'MAN', specialtyConcerns: ['PANIC'], modalities: ['CBT'], feeMinor: 19500,
      slidingScale: { minMinor: 12000, maxMinor: 19500 }, insuranceAccepted: ['AETNA', 'UNITEDHEALTHCARE'], headline: 'Calm, structured work',
    },
  });
  // Mornings and evenings every day, New York time.
  await graphql(app.baseUrl, SETTINGS, { input: { timeZone: ZONE, minimumNoticeMinutes: 0, slotStepMinutes: 60 } }, wren);
  const rules = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
    { weekday, startLocal: '08:00', endLocal: '11:00' },
    { weekday, startLocal: '18:00', endLocal: '21:00' },
  ]);
  await graphql(app.baseUrl, RULES, { input: { rules } }, wren);
  await graphql(app.baseUrl, CREATE_TYPE, { input: { name: 'Session', kind: 'INDIVIDUAL', durationMinutes: 50, priceMinor: 19500, formats: ['VIDEO'] } }, wren);
  // Matched from an intake only when bookable: the paid session needs payouts that take charges.
  await enablePayouts(app, wren);
  jules = await createActiveTherapist(app, admin, {
    profile: { displayName: 'Jules Moreau', gender: 'NON_BINARY', treatedConcerns: ['RELATIONSHIPS'], modalities: ['GOTTMAN'], feeMinor: 14000, insuranceAccepted: ['CIGNA'] },
  });
  // A plan typed before plans came from the list, which no payer matched.
  await app.em().getConnection().execute(`update therapist_profiles set insurance_unmatched = '{"Local Union Plan"}' where id = ?`, [jules.profileId]);
});

// A journey's browsers close when it ends, so the next journey can take their contexts
// (./support/browser.ts keeps a closed context, emptied, for the file's next journey).
afterEach(async () => {
  await Promise.all(browsers.splice(0).map((browser) => browser.close()));
});

afterAll(() => app?.close());

describe.each([
  ['desktop', DESKTOP],
  ['phone', PHONE],
])('what the client said, honoured and said (%s)', (label, viewport) => {
  it('finds a therapist by everyday words, and an emptied search names its filter and relaxes it in one click', async () => {
    const page = await freshPage(viewport);
    await page.goto('/therapists?state=NY');
    await page.getByRole('searchbox', { name: 'Search' }).fill('panic attacks');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('1 therapist found').waitFor();
    await page.getByRole('article', { name: 'Dr. Wren Achebe' }).waitFor();
    await expectNoSeriousA11yViolations(page, `directory, words (${label})`);

    await page.goto('/therapists?state=NY&insurance=KAISER');
    await page.getByRole('heading', { name: 'No therapists match that search' }).waitFor();
    const relax = page.getByRole('button', { name: 'Show 2 therapists without “In network with Kaiser Permanente”' });
    await relax.waitFor();
    await expectNoSeriousA11yViolations(page, `directory, emptied by insurance (${label})`);
    await expectNoHorizontalScroll(page);
    await relax.click();
    await page.getByText('2 therapists found').waitFor();
    expect(new URL(page.url()).searchParams.get('insurance')).toBeNull();

    // The insurance filter is a choice from the payer list, found by an alias too.
    if (viewport === PHONE) await page.getByRole('button', { name: /Show filters/ }).click();
    await chooseOption(page.getByRole('combobox', { name: 'Insurance' }), 'UnitedHealthcare (Optum)', { search: 'optum' });
    await page.waitForURL(/insurance=UNITEDHEALTHCARE/);
    await page.getByText('1 therapist found').waitFor();
    await page.getByRole('article', { name: 'Dr. Wren Achebe' }).waitFor();
    await expectNoSeriousA11yViolations(page, `directory, insurance filter (${label})`);
    await expectNoHorizontalScroll(page);
  });

  it('matches say the budget in full, confirm the insurance, admit what a match misses, and show evening times beside "fits your evenings"', async () => {
    const client = await clientWithIntake({ budgetMaxMinor: 15000, genderPreference: ['WOMAN'], preferredModalities: ['CBT'], preferredDayParts: ['EVENING'], insurance: 'AETNA' });
    const page = await freshPage(viewport);
    await logIn(page, client.email);
    await page.goto('/matches');
    const card = page.getByRole('article', { name: 'Dr. Wren Achebe' });
    await card.waitFor();
    const notices = page.locator('[data-preference-notices]');
    await notices.getByText('You asked for a woman: no woman therapist in New York fits your other choices, so these are the closest.').waitFor();
    await card.getByText('$195, sliding scale from $120, within your budget').waitFor();
    await card.getByText('Offers CBT, which you asked for').waitFor();
    await card.getByText('In network with Aetna, your insurance').waitFor();
    await card.getByText(/open times? that fits? your evenings/).waitFor();
    await card.getByRole('heading', { name: 'Worth knowing' }).waitFor();
    await card.getByText('A man; you asked for a woman').waitFor();
    // Mornings are open too; the times shown beside the evening reason are evening times.
    const times = await card.locator('[data-next-slot]').allInnerTexts();
    expect(times.length).toBeGreaterThan(0);
    for (const time of times) expect(time).toMatch(/\b(6|7|8):00 PM$/);
    await expectNoSeriousA11yViolations(page, `matches with notices and caveats (${label})`);
    await expectNoHorizontalScroll(page);
  });

  it('an intake answer that empties the matches is named and set aside in one click, with the way back', async () => {
    const client = await clientWithIntake({ insurance: 'HUMANA' });
    const page = await freshPage(viewport);
    await logIn(page, client.email);
    await page.goto('/matches');
    await page.getByRole('heading', { name: 'No therapists fit all of that yet' }).waitFor();
    await page.getByRole('button', { name: 'Show 1 therapist without “In network with Humana”' }).click();
    await page.getByRole('article', { name: 'Dr. Wren Achebe' }).waitFor();
    await page.getByText('Some of your answers are set aside').waitFor();
    await page.waitForURL(/relax=INSURANCE/);
    await expectNoSeriousA11yViolations(page, `matches with an answer set aside (${label})`);
    await expectNoHorizontalScroll(page);
    await page.getByRole('button', { name: 'Use all my answers again' }).click();
    await page.getByRole('heading', { name: 'No therapists fit all of that yet' }).waitFor();
  });
});

describe('insurance is chosen from the payer list', () => {
  it('a client picks an insurer by an alias in the intake', async () => {
    const client = await signUpAs(app, 'CLIENT', ZONE);
    const page = await freshPage(PHONE);
    await logIn(page, client.email);
    await page.goto('/intake');
    await stepHeading(page, 'What brings you here').waitFor();
    await chooseFromList(page, 'What would you like help with?', 'panic attacks', 'Panic attacks');
    await next(page, 'What you hope will change');
    await next(page, 'How you’d like to work');
    await next(page, 'Where and how you’ll meet');
    await page.getByLabel('Where will you be for sessions?').selectOption('NY');
    await next(page, 'Cost');
    await chooseFromList(page, 'Insurance (optional)', 'BCBS', 'Blue Cross Blue Shield');
    expect(await page.getByRole('combobox', { name: 'Insurance (optional)' }).inputValue()).toBe('Blue Cross Blue Shield');
    await expectNoSeriousA11yViolations(page, 'intake cost step with the payer list');
    await expectNoHorizontalScroll(page);
  });

  it('a therapist chooses plans by any of their names and sees old typed plans to choose again', async () => {
    const page = await freshPage(DESKTOP);
    await logIn(page, jules.email);
    await page.goto('/therapist/profile');
    const unmatched = page.locator('[data-insurance-unmatched]');
    await unmatched.getByText('Local Union Plan').waitFor();
    const plans = page.getByRole('textbox', { name: 'Insurance plans accepted' }).or(page.getByRole('combobox', { name: 'Insurance plans accepted' }));
    await chooseOption(plans.first(), 'UnitedHealthcare (Optum)', { search: 'optum' });
    await page.keyboard.press('Escape');
    await unmatched.getByRole('button', { name: 'Remove “Local Union Plan”' }).click();
    expect(await unmatched.count()).toBe(0);
    await expectNoSeriousA11yViolations(page, 'profile editor with payers');
    await page.getByRole('button', { name: /^Save/ }).first().click();
    await page.getByText('Profile saved').waitFor();
    const [saved] = await app.em().getConnection().execute<{ insurance_accepted: string[]; insurance_unmatched: string[] }[]>(
      `select insurance_accepted, insurance_unmatched from therapist_profiles where id = ?`,
      [jules.profileId],
    );
    expect(saved).toEqual({ insurance_accepted: ['CIGNA', 'UNITEDHEALTHCARE'], insurance_unmatched: [] });
  });
});

async function freshPage(viewport: { width: number; height: number }): Promise<Page> {
  const browser = await launchBrowser({ baseUrl: app.baseUrl, viewport, timezoneId: ZONE, timeoutMs: 15_000 });
  browsers.push(browser);
  const page = await browser.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  return page;
}

async function clientWithIntake(answers: Record<string, unknown>): Promise<TestAccount> {
  const client = await signUpAs(app, 'CLIENT', ZONE);
  const input = {
    concerns: [{ code: 'PANIC', priority: 3 }], goals: [], preferredModalities: [], jurisdiction: 'NY', format: 'VIDEO', needsSlidingScale: false,
    languages: ['en'], genderPreference: [], communities: [], preferredWeekdays: [], preferredDayParts: [], timeZone: ZONE, ...answers,
  };
  const response = await graphql(app.baseUrl, SUBMIT_INTAKE, { input }, client);
  expect(response.errors).toBeUndefined();
  return client;
}

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByText(`Signed in as ${email}`).waitFor();
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) {
    const wide = await page.evaluate(() =>
      Array.from(document.querySelectorAll('body *'))
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .slice(0, 5)
        .map((element) => `${element.tagName}.${element.className} ${Math.round(element.getBoundingClientRect().right)}: ${(element.textContent ?? '').slice(0, 60)}`),
    );
    throw new Error(`The page scrolls sideways by ${overflow}px; too wide: ${wide.join(' | ')}`);
  }
}

function stepHeading(page: Page, name: string): Locator {
  return page.getByRole('heading', { level: 2, name, exact: true });
}

async function next(page: Page, nextHeading: string): Promise<void> {
  await page.getByRole('button', { name: 'Next' }).click();
  await stepHeading(page, nextHeading).waitFor();
}

