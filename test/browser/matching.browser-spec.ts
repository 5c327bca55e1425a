// Intake → matches → directory in real Chromium against the real app: the crisis path
// (PHQ-9 item 9) shows crisis lines before submitting and above every result without
// blocking anything; a normal intake leads to explained matches with open times; the
// open directory searches by state and words, with filters in the URL.
import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { createAdmin, signUpAs, TEST_PASSWORD, type TestAccount } from '../support/accounts';
import { graphql } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { enablePayouts } from '../support/payments';
import { createActiveTherapist, makeBookableForFree } from '../support/therapists';
import { chooseFromList, expectNoSeriousA11yViolations, gainsFocus, launchBrowser, type TestBrowser } from './support/browser';

const ZONE = 'America/New_York';
const PHONE = { width: 390, height: 844 };
const CRISIS_HEADING = "You don't have to carry this alone";
const SLOT_TEXT = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [A-Z][a-z]{2} \d{1,2}, \d{1,2}:\d{2} (AM|PM)$/;

const SETTINGS = `mutation ($input: BookingSettingsInput!) { updateBookingSettings(input: $input) { settings { timeZone } } }`;
const RULES = `mutation ($input: SetWeeklyRulesInput!) { setWeeklyRules(input: $input) { weeklyRules { weekday } } }`;
const CREATE_TYPE = `mutation ($input: SessionTypeInput!) { createSessionType(input: $input) { id } }`;

/** Open every day, 08:00–20:00 New York, bookable at once: next open times whatever today is. */
async function withHours(app: TestApp, therapist: TestAccount & { profileId: string }) {
  await graphql(app.baseUrl, SETTINGS, { input: { timeZone: ZONE, minimumNoticeMinutes: 0, slotStepMinutes: 60 } }, therapist);
  const rules = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startLocal: '08:00', endLocal: '20:00' }));
  await graphql(app.baseUrl, RULES, { input: { rules } }, therapist);
  await graphql(
    app.baseUrl,
    CREATE_TYPE,
    { input: { name: 'Session', kind: 'INDIVIDUAL', durationMinutes: 50, priceMinor: 15000, formats: ['VIDEO'] } },
    therapist,
  );
  // A paid session is bookable (and the therapist listed as accepting) only once payouts take charges.
  await enablePayouts(app, therapist);
}

describe('intake, matches and directory in the browser', () => {
  let app: TestApp;
  let browser: TestBrowser;
  let visitorBrowser: TestBrowser;

  beforeAll(async () => {
    app = await startTestApp();
    const admin = await createAdmin(app);
    const calder = await createActiveTherapist(app, admin, {
      profile: {
        displayName: 'Dr. Iris Calder',
        headline: 'Gentle, practical help with low mood',
        specialtyConcerns: ['DEPRESSION'],
        modalities: ['CBT', 'BEHAVIOURAL_ACTIVATION'],
        feeMinor: 15000,
        formats: ['VIDEO'],
      },
    });
    await withHours(app, calder);
    const porter = await createActiveTherapist(app, admin, {
      profile: {
        displayName: 'Sam Porter',
        headline: 'Calm, skills-based support for anxious minds',
        specialtyConcerns: ['ANXIETY'],
        treatedConcerns: ['DEPRESSION'],
        modalities: ['CBT'],
        feeMinor: 12000,
        slidingScale: { minMinor: 6000, maxMinor: 12000 },
        formats: ['VIDEO', 'PHONE'],
      },
    });
    await withHours(app, porter);
    const quinn = await createActiveTherapist(app, admin, {
      profile: { displayName: 'Dr. Mara Quinn', headline: 'Steady support through grief and loss', treatedConcerns: ['GRIEF', 'ANXIETY'] },
    });
    // The directory's "accepting new clients" filter lists only therapists a client could book.
    await makeBookableForFree(app, quinn);
    // Enough therapists in New York for the directory to need a second page.
    for (let index = 1; index <= 9; index += 1) {
      await createActiveTherapist(app, admin, {
        profile: { displayName: `Therapist ${index} Example`, treatedConcerns: ['STRESS', 'ANXIETY'], feeMinor: 9000 + index * 1000 },
      });
    }
    browser = await launchBrowser({ baseUrl: app.baseUrl, timezoneId: ZONE, timeoutMs: 15_000 });
    visitorBrowser = await launchBrowser({ baseUrl: app.baseUrl, timezoneId: 'America/Chicago', viewport: PHONE, timeoutMs: 15_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await visitorBrowser?.close();
    await app?.close();
  });

  it('crisis path: item 9 shows 988 before submitting and above the first match, and the matches stay open', async () => {
    const page = await browser.newPage();
    await page.goto('/');
    await expectNoSeriousA11yViolations(page, 'landing page');
    const crisisLink = page.getByRole('main').getByRole('link', { name: 'Call or text 988' });
    expect(await crisisLink.getAttribute('href')).toBe('tel:988');

    await page.getByRole('main').getByRole('link', { name: 'Get started' }).click();
    await page.getByRole('heading', { level: 1, name: /find a therapist who fits you/i }).waitFor();
    await expectNoSeriousA11yViolations(page, 'intake sign-up gate');
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill(`client-${randomUUID().slice(0, 8)}@example.com`);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('quiet-harbour-morning-42');
    await page.getByRole('button', { name: 'Create account and continue' }).click();

    // Back in the wizard, signed in, without leaving /intake.
    await stepHeading(page, 'What brings you here').waitFor();
    expect(new URL(page.url()).pathname).toBe('/intake');
    expect(await progress(page)).toBe('Step 1 of 10');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Choose at least one thing you’d like help with.').waitFor();
    // A word people use ("hopeless") finds the concern.
    await chooseFromList(page, 'What would you like help with?', 'hopeless', 'Depression');
    await page.getByRole('radiogroup', { name: 'Depression' }).getByRole('radio', { name: 'Matters most' }).check();
    await expectNoSeriousA11yViolations(page, 'intake step 1 (concerns)');
    await next(page, 'What you hope will change');
    expect(await gainsFocus(stepHeading(page, 'What you hope will change'))).toBe(true);

    await page.getByRole('textbox', { name: 'Goal 1' }).fill('Get out of bed without dread');
    await next(page, 'How you’d like to work');
    expect(await page.getByRole('radio', { name: 'Not sure — recommend based on evidence' }).isChecked()).toBe(true);
    await next(page, 'Where and how you’ll meet');

    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Choose the state you’ll be in for sessions.').waitFor();
    expect(await gainsFocus(page.getByLabel('Where will you be for sessions?'))).toBe(true);
    await page.getByLabel('Where will you be for sessions?').selectOption('NY');
    await page.getByRole('radio', { name: /^Video/ }).check();
    await expectNoSeriousA11yViolations(page, 'intake step 4 (place) after an error');
    await next(page, 'Cost');
    await next(page, 'Who you’d feel comfortable with');
    await next(page, 'When suits you');
    await next(page, 'How your mood has been (optional)');

    const answers = ['Several days', 'More than half the days', 'Several days', 'Several days', 'Not at all', 'Several days', 'Not at all', 'Not at all'];
    for (const [index, answer] of answers.entries()) await screenerItem(page, index).getByRole('radio', { name: answer, exact: true }).check();
    expect(await crisisPanel(page).count()).toBe(0);
    await screenerItem(page, 8).getByRole('radio', { name: 'Several days', exact: true }).check();
    // Shown at once, on the answer, before anything is submitted.
    const wizardPanel = crisisPanel(page);
    await wizardPanel.waitFor();
    expect(await wizardPanel.getByRole('link', { name: 'Call or text 988' }).getAttribute('href')).toBe('tel:988');
    expect(await wizardPanel.getByRole('link', { name: /911/ }).getAttribute('href')).toBe('tel:911');
    await expectNoSeriousA11yViolations(page, 'intake step 8 (PHQ-9) with the crisis panel');

    // Never a wall: the wizard carries on.
    await next(page, 'How worry has been (optional)');
    await next(page, 'Review and see your matches');
    await crisisPanel(page).waitFor();
    await expectNoSeriousA11yViolations(page, 'intake review');
    await page.getByRole('button', { name: 'See my matches' }).click();

    await page.getByRole('heading', { level: 1, name: 'Your matches' }).waitFor();
    const resultsPanel = crisisPanel(page);
    await resultsPanel.waitFor();
    expect(await resultsPanel.getByRole('link', { name: 'Call or text 988' }).getAttribute('href')).toBe('tel:988');
    await page.locator('[data-match-card]').first().waitFor();
    expect(await crisisPanelPrecedesFirstResult(page)).toBe(true);
    await expectNoSeriousA11yViolations(page, 'matches with the crisis panel');

    await page.getByRole('article', { name: 'Dr. Iris Calder' }).getByRole('link', { name: 'Dr. Iris Calder', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Dr. Iris Calder' }).waitFor();
  });

  it('normal intake: answers survive a reload, and matches explain themselves and offer open times', async () => {
    const client = await signUpAs(app, 'CLIENT', ZONE);
    const page = await browser.newPage();
    await page.context().clearCookies();
    await page.goto('/intake');
    await page.getByRole('tab', { name: 'I have an account' }).click();
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill(client.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Log in and continue' }).click();

    await stepHeading(page, 'What brings you here').waitFor();
    await chooseFromList(page, 'What would you like help with?', 'worry', 'Anxiety and worry');
    await next(page, 'What you hope will change');
    await next(page, 'How you’d like to work');
    await page.getByRole('radio', { name: 'Yes, I’d like to choose' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Choose at least one approach, or pick “Not sure”.').waitFor();
    await page.getByRole('checkbox', { name: /Cognitive behavioural therapy|Cognitive behavioral therapy|CBT/ }).first().check();
    await next(page, 'Where and how you’ll meet');
    await page.getByLabel('Where will you be for sessions?').selectOption('NY');
    await next(page, 'Cost');
    await page.getByRole('radio', { name: /I have a budget per session/ }).check();
    await page.getByRole('textbox', { name: /Most you can pay per session/ }).fill('160');

    // A reload keeps the step and the answers (sessionStorage, never localStorage).
    await page.reload();
    await stepHeading(page, 'Cost').waitFor();
    expect(await progress(page)).toBe('Step 5 of 10');
    expect(await page.getByRole('textbox', { name: /Most you can pay per session/ }).inputValue()).toBe('$160');
    expect(await page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.includes('intake')))).toEqual([]);
    await page.getByRole('button', { name: 'Back' }).click();
    await stepHeading(page, 'Where and how you’ll meet').waitFor();
    expect(await page.getByLabel('Where will you be for sessions?').inputValue()).toBe('NY');
    await next(page, 'Cost');
    await expectNoSeriousA11yViolations(page, 'intake step 5 (cost)');
    await next(page, 'Who you’d feel comfortable with');
    await next(page, 'When suits you');
    await next(page, 'How your mood has been (optional)');

    // Half an optional questionnaire is not enough; clearing it skips the step.
    await screenerItem(page, 0).getByRole('radio', { name: 'Several days', exact: true }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText(/Answer all 9 questions, or clear your answers/).waitFor();
    await page.getByRole('button', { name: 'Clear my answers' }).click();
    await next(page, 'How worry has been (optional)');
    for (let index = 0; index < 7; index += 1) {
      await screenerItem(page, index).getByRole('radio', { name: 'More than half the days', exact: true }).check();
    }
    await next(page, 'Review and see your matches');
    expect(await crisisPanel(page).count()).toBe(0);
    await page.getByRole('button', { name: 'See my matches' }).click();

    await page.getByRole('heading', { level: 1, name: 'Your matches' }).waitFor();
    const porter = page.getByRole('article', { name: 'Sam Porter' });
    await porter.waitFor();
    expect(await crisisPanel(page).count()).toBe(0);
    await porter.getByRole('heading', { name: 'Why this therapist' }).waitFor();
    expect(await porter.getByRole('listitem').filter({ hasText: /anxi/i }).count()).toBeGreaterThan(0);
    const slot = porter.locator('[data-next-slot]').first();
    expect((await slot.innerText()).trim()).toMatch(SLOT_TEXT);
    await expectNoSeriousA11yViolations(page, 'matches');

    // A facet chip (a checkbox styled as a chip: people click its label) narrows the matches and lands in the URL.
    await page.locator('label').filter({ hasText: /^Phone \(\d+\)$/ }).click();
    expect(await page.getByRole('checkbox', { name: /^Phone \(\d+\)$/ }).isChecked()).toBe(true);
    await page.waitForURL(/format=PHONE/);
    await page.getByText('1 therapist fits').waitFor();
    await porter.waitFor();

    await slot.click();
    await page.getByRole('heading', { level: 1, name: 'Sam Porter' }).waitFor();
  });

  it('directory: a visitor picks a state, pages through, and searches by words, all kept in the URL', async () => {
    const page = await visitorBrowser.newPage();
    await page.goto('/therapists');
    await page.getByRole('heading', { level: 1, name: 'Find a therapist' }).waitFor();
    const state = page.getByLabel('State you’ll be in for sessions');
    // Guessed from the browser's zone (Chicago → Illinois), where nobody is licensed.
    await page.waitForURL(/state=IL/);
    expect(await state.inputValue()).toBe('IL');
    await page.getByRole('heading', { name: 'No therapists match that search' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'directory, empty');

    await state.selectOption('NY');
    await page.waitForURL(/state=NY/);
    await page.getByText('12 therapists found').waitFor();
    expect(await page.locator('[data-match-card]').count()).toBe(10);
    await page.getByRole('button', { name: 'Load more therapists' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-match-card]').length === 12);
    // Focus lands on the first new result.
    expect(await gainsFocus(page.locator('[data-match-card]').nth(10), { within: true })).toBe(true);
    expect(await page.getByRole('button', { name: 'Load more therapists' }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page, 'directory, New York');

    await page.getByRole('searchbox', { name: 'Search' }).fill('grief');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(/q=grief/);
    await page.getByText('1 therapist found').waitFor();
    await page.getByRole('article', { name: 'Dr. Mara Quinn' }).waitFor();

    // Back undoes the search and Forward brings it back, each the moment the URL changes.
    await page.goBack();
    await page.getByText('12 therapists found').waitFor();
    expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('');
    await page.goForward();
    await page.getByText('1 therapist found').waitFor();
    expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('grief');

    // Filters are in the URL: a reload (or a shared link) gives the same search.
    await page.getByRole('button', { name: /Show filters/ }).click();
    await page.getByRole('checkbox', { name: 'Accepting new clients' }).check();
    await page.waitForURL(/accepting=1/);
    await page.reload();
    await page.getByRole('article', { name: 'Dr. Mara Quinn' }).waitFor();
    expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('grief');
    expect(await state.inputValue()).toBe('NY');
    await expectNoSeriousA11yViolations(page, 'directory, text search on a phone');
  });
});

function stepHeading(page: Page, name: string): Locator {
  return page.getByRole('heading', { level: 2, name, exact: true });
}

async function next(page: Page, nextHeading: string): Promise<void> {
  await page.getByRole('button', { name: 'Next' }).click();
  await stepHeading(page, nextHeading).waitFor();
}

async function progress(page: Page): Promise<string | null> {
  return page.getByRole('progressbar', { name: 'Intake progress' }).getAttribute('aria-valuetext');
}

function screenerItem(page: Page, index: number): Locator {
  return page.getByRole('radiogroup', { name: new RegExp(`^${index + 1}\\. `) });
}

function crisisPanel(page: Page): Locator {
  return page.getByRole('alert', { name: CRISIS_HEADING });
}


async function crisisPanelPrecedesFirstResult(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const panel = document.querySelector('[data-crisis-panel]');
    const firstResult = document.querySelector('[data-match-card]');
    if (!panel || !firstResult) return false;
    return Boolean(panel.compareDocumentPosition(firstResult) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
}
