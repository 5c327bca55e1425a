// Therapist profiles and license verification in real Chromium against the real app:
// a therapist builds a profile and submits a license, an admin verifies (or rejects)
// it, and the public sees the verified profile. Every page visited is checked with axe.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { createAdmin, signUpAs, TEST_PASSWORD, type TestAccount } from '../support/accounts';
import { graphql } from '../support/graphql-client';
import { validNpi } from '../support/npi';
import { startTestApp, type TestApp } from '../support/test-app';
import { chooseFromList, expectNoSeriousA11yViolations, focusedTextOnceItHas, gainsFocus, launchBrowser, type TestBrowser } from './support/browser';

const HEADLINE = 'Warm, practical help with anxiety and OCD';
const OFFICE = '200 Park Ave S, New York, NY 10003';

let app: TestApp;
const browsers: TestBrowser[] = [];

beforeAll(async () => {
  app = await startTestApp();
});

// A journey's browsers close when it ends, so the next journey can take their contexts
// (./support/browser.ts keeps a closed context, emptied, for the file's next journey).
afterEach(async () => {
  await Promise.all(browsers.splice(0).map((browser) => browser.close()));
});

afterAll(() => app?.close());

/**
 * A fresh Chromium profile: nobody is signed in. Reduced motion (which the app honours)
 * means dialogs are fully shown at once, so axe never sees them mid-fade.
 */
async function freshPage(viewport?: { width: number; height: number }): Promise<Page> {
  const browser = await launchBrowser({ baseUrl: app.baseUrl, viewport });
  browsers.push(browser);
  const page = await browser.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  return page;
}

function heading(page: Page, name: string | RegExp, level = 1) {
  return page.getByRole('heading', { level, name });
}

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await heading(page, 'Welcome back').waitFor();
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByText(`Signed in as ${email}`).waitFor();
}

async function licensePageSubmit(page: Page, license: { type: string; state: string; number: string; npi?: string }) {
  await page.getByLabel('License type').selectOption(license.type);
  await page.getByLabel('State').selectOption(license.state);
  await page.getByRole('textbox', { name: 'License number' }).fill(license.number);
  await page.getByLabel('Expires on').fill('2030-06-30');
  if (license.npi) await page.getByRole('textbox', { name: 'NPI (optional)' }).fill(license.npi);
  await page.getByRole('button', { name: 'Submit license for review' }).click();
}

const GOOD_PROFILE = {
  displayName: 'Dr. Rowan Ellis',
  headline: 'Steady support through grief and big changes',
  formats: ['VIDEO'],
  languages: ['en'],
  specialtyConcerns: ['GRIEF'],
  modalities: ['CBT'],
  feeMinor: 12000,
};

/** A therapist arranged over GraphQL (the browser journeys below start after this point). */
async function therapistWithLicense(displayName: string): Promise<TestAccount & { profileId: string; licenseId: string }> {
  const therapist = await signUpAs(app, 'THERAPIST');
  const profile = await graphql(
    app.baseUrl,
    `mutation ($input: UpdateTherapistProfileInput!) { updateTherapistProfile(input: $input) { id } }`,
    { input: { ...GOOD_PROFILE, displayName } },
    therapist,
  );
  if (!profile.data) throw new Error(JSON.stringify(profile.errors));
  const license = await graphql(
    app.baseUrl,
    `mutation ($input: SubmitLicenseInput!) { submitLicense(input: $input) { id } }`,
    { input: { licenseType: 'LPC', number: `LPC-${randomUUID().slice(0, 8)}`, jurisdiction: 'NJ', expiresOn: '2031-01-31' } },
    therapist,
  );
  if (!license.data) throw new Error(JSON.stringify(license.errors));
  return { ...therapist, profileId: profile.data.updateTherapistProfile.id, licenseId: license.data.submitLicense.id };
}

it('a therapist builds a profile and submits a license, an admin verifies it, and the public sees it verified', async () => {
  // --- Therapist: sign up in the browser.
  const therapist = await freshPage();
  const therapistEmail = `therapist-${randomUUID().slice(0, 8)}@example.com`;
  await therapist.goto('/signup');
  await therapist.getByRole('textbox', { name: 'Email', exact: true }).fill(therapistEmail);
  await therapist.getByRole('textbox', { name: 'Password', exact: true }).fill(TEST_PASSWORD);
  await therapist.getByRole('radio', { name: "I'm a therapist" }).check();
  await therapist.getByRole('button', { name: 'Create account' }).click();
  await therapist.getByText(`Signed in as ${therapistEmail} (therapist)`).waitFor();

  // --- Profile editor: a client-side hint first, with focus on the field to fix.
  await nav(therapist).getByRole('link', { name: 'Profile' }).click();
  await heading(therapist, 'Your profile').waitFor();
  expect(await therapist.title()).toBe('Your profile · Rapport');
  await therapist.getByText('Not saved yet').waitFor();
  await expectNoSeriousA11yViolations(therapist, 'empty profile editor');

  await therapist.getByRole('button', { name: 'Save profile' }).click();
  await therapist.getByText('Enter the name clients will see.').waitFor();
  const displayName = therapist.getByRole('textbox', { name: 'Display name' });
  expect(await gainsFocus(displayName)).toBe(true);
  await expectNoSeriousA11yViolations(therapist, 'profile editor showing an error');

  // The live preview follows the form as the therapist types.
  const preview = therapist.getByTestId('profile-preview');
  await displayName.fill('Dr. Maya Okafor');
  await therapist.getByRole('textbox', { name: 'Pronouns' }).fill('she/her');
  await therapist.getByRole('textbox', { name: 'Headline' }).fill(HEADLINE);
  await preview.getByRole('heading', { name: 'Dr. Maya Okafor' }).waitFor();
  await preview.getByText(HEADLINE).waitFor();
  await preview.getByText('she/her').waitFor();

  await chooseFromList(therapist, 'Specialties (up to 3)', 'obsess', 'Obsessive-compulsive disorder');
  await chooseFromList(therapist, 'Specialties (up to 3)', 'anxiety', 'Anxiety and worry');
  await therapist.getByText('2 of 3 chosen', { exact: false }).waitFor();
  await chooseFromList(therapist, 'Other concerns you treat', 'depress', 'Depression');
  await therapist.getByRole('checkbox', { name: 'Exposure and response prevention' }).check();
  await preview.getByText('Obsessive-compulsive disorder').waitFor();
  await preview.getByText(/gradually face the thoughts and situations/).waitFor();

  await chooseFromList(therapist, 'Languages you offer sessions in', 'span', 'Spanish');
  await therapist.getByRole('checkbox', { name: 'Adults (26–64)' }).check();

  // Office fields appear only once in-person sessions are offered.
  expect(await therapist.getByRole('textbox', { name: 'Office address' }).count()).toBe(0);
  await therapist.getByRole('checkbox', { name: 'In person' }).check();
  await therapist.getByRole('textbox', { name: 'Office address' }).fill(OFFICE);
  await therapist.getByRole('textbox', { name: 'Latitude' }).fill('40.7365');
  await therapist.getByRole('textbox', { name: 'Longitude' }).fill('-73.9881');
  await preview.getByText(OFFICE).waitFor();

  // Money is typed in dollars; the preview shows it as the public will.
  await therapist.getByRole('textbox', { name: 'Standard session fee (USD)' }).fill('150');
  await therapist.getByRole('switch', { name: 'I offer a sliding scale' }).check();
  await therapist.getByRole('textbox', { name: 'Lowest fee (USD)' }).fill('60');
  await therapist.getByRole('textbox', { name: 'Highest fee (USD)' }).fill('200');
  await therapist.getByRole('textbox', { name: 'Bio' }).click(); // blur shows the hint
  await therapist.getByText('The sliding scale cannot go above your standard fee.').waitFor();
  await therapist.getByRole('textbox', { name: 'Highest fee (USD)' }).fill('120');
  await preview.getByText('$150 per session').waitFor();
  await preview.getByText(/Sliding scale: \$60–\$120/).waitFor();
  await expectNoSeriousA11yViolations(therapist, 'filled profile editor');

  await therapist.getByRole('button', { name: 'Save profile' }).click();
  await therapist.getByRole('status').filter({ hasText: 'Profile saved' }).waitFor();
  expect(await focusedTextOnceItHas(therapist, 'Profile saved')).toContain('Profile saved');
  await therapist.getByTestId('profile-status').getByText('Draft').waitFor();
  const publicPath = await therapist.getByRole('link', { name: 'Open your public page' }).getAttribute('href');
  expect(publicPath).toMatch(/^\/therapists\/[0-9a-f-]{36}$/);

  // The saved values come back into the form (cents → dollars).
  await therapist.reload();
  await heading(therapist, 'Your profile').waitFor();
  await expect(therapist.getByRole('textbox', { name: 'Standard session fee (USD)' }).inputValue()).resolves.toBe('$150');
  await expect(therapist.getByRole('textbox', { name: 'Headline' }).inputValue()).resolves.toBe(HEADLINE);

  // --- Licenses: submit one, see the status change to pending review.
  await nav(therapist).getByRole('link', { name: 'Licenses' }).click();
  await heading(therapist, 'Your licenses').waitFor();
  await therapist.getByText("You haven't submitted a license yet.").waitFor();
  await expectNoSeriousA11yViolations(therapist, 'licenses page');

  await therapist.getByRole('textbox', { name: 'NPI (optional)' }).fill('1234567890');
  await therapist.getByRole('textbox', { name: 'NPI (optional)' }).blur();
  await therapist.getByText(/check digit does not match/).waitFor();

  const licenseNumber = `LC-${randomUUID().slice(0, 6).toUpperCase()}`;
  await licensePageSubmit(therapist, { type: 'LCSW', state: 'NY', number: licenseNumber, npi: validNpi() });
  await therapist.getByRole('status').filter({ hasText: 'License submitted' }).waitFor();
  expect(await focusedTextOnceItHas(therapist, 'License submitted')).toContain('License submitted');
  await therapist.getByTestId('profile-status').getByText('Pending review').waitFor();
  await therapist.getByText(/An admin is checking your license/).waitFor();
  const submitted = therapist.getByRole('listitem').filter({ hasText: 'Licensed Clinical Social Worker, New York' });
  await submitted.getByText('Pending review').waitFor();
  await expectNoSeriousA11yViolations(therapist, 'licenses page after submitting');

  // The same license again is a conflict, shown under the number field.
  await licensePageSubmit(therapist, { type: 'LCSW', state: 'NY', number: licenseNumber });
  await therapist.getByText(/already on file/).waitFor();
  await expect(
    therapist.getByRole('textbox', { name: 'License number' }).getAttribute('aria-invalid'),
  ).resolves.toBe('true');

  // --- Admin: verify from the review queue.
  const adminAccount = await createAdmin(app);
  const admin = await freshPage();
  await logIn(admin, adminAccount.email);
  await nav(admin).getByRole('link', { name: 'License reviews' }).click();
  await heading(admin, 'License reviews').waitFor();
  const item = admin.getByRole('article', { name: 'Dr. Maya Okafor' });
  await item.getByText(therapistEmail).waitFor();
  await item.getByText(licenseNumber, { exact: true }).waitFor();
  // With a link to check it against the state board's own record.
  await item.getByRole('link', { name: `Look up license ${licenseNumber} with the New York State Education Department` }).waitFor();
  await item.getByRole('link', { name: "View Dr. Maya Okafor's profile" }).waitFor();
  await expectNoSeriousA11yViolations(admin, 'license review queue');

  // Verifying asks first, naming the license.
  await item.getByRole('button', { name: 'Verify license…' }).click();
  const confirm = admin.getByRole('dialog', { name: 'Verify license?' });
  await confirm.getByText(`You're verifying Dr. Maya Okafor's LCSW license in New York (number ${licenseNumber}).`, { exact: false }).waitFor();
  await admin.waitForFunction(() => Array.from(document.querySelectorAll('.mantine-Modal-content')).every((element) => getComputedStyle(element).opacity === '1'));
  await expectNoSeriousA11yViolations(admin, 'verify license confirmation');
  await confirm.getByRole('button', { name: 'Verify license', exact: true }).click();
  await admin.getByRole('status').filter({ hasText: 'License verified' }).waitFor();
  expect(await focusedTextOnceItHas(admin, "Verified Dr. Maya Okafor's LCSW license in New York")).toContain("Verified Dr. Maya Okafor's LCSW license in New York");
  await item.waitFor({ state: 'detached' });
  await expectNoSeriousA11yViolations(admin, 'license review queue after verifying');

  // The audit log shows it in words (who, what, whose), and filters by action.
  await nav(admin).getByRole('link', { name: 'Audit log' }).click();
  await heading(admin, 'Audit log').waitFor();
  await admin.getByRole('cell', { name: /verified license NY \S+ of Dr\. Maya Okafor$/ }).first().waitFor();
  await expectNoSeriousA11yViolations(admin, 'audit log');
  await admin.getByLabel('Show').selectOption('license.submitted');
  await admin.getByRole('cell', { name: 'Dr. Maya Okafor submitted license NY' }).first().waitFor();
  expect(await admin.getByRole('cell', { name: /verified license/ }).count()).toBe(0);

  // --- Anyone: the public page, with the verified license.
  const visitor = await freshPage();
  await visitor.goto(publicPath!);
  await heading(visitor, 'Dr. Maya Okafor').waitFor();
  expect(await visitor.title()).toBe('Dr. Maya Okafor · Rapport');
  await visitor.getByText(HEADLINE).waitFor();
  const licensedIn = visitor.getByRole('region', { name: 'Licensed in' });
  await licensedIn.getByText('New York: Licensed Clinical Social Worker').waitFor();
  await licensedIn.getByText('Verified', { exact: true }).waitFor();
  await visitor.getByRole('region', { name: 'How I work' }).getByText('Exposure and response prevention').waitFor();
  await visitor.getByText(`Office: ${OFFICE}`).waitFor();
  await visitor.getByText('$150 per session').waitFor();
  await visitor.getByRole('region', { name: 'Book a session' }).waitFor();
  await expectNoSeriousA11yViolations(visitor, 'public therapist page');

  await visitor.goto(`/therapists/${randomUUID()}`);
  await heading(visitor, "This therapist isn't available").waitFor();
  await expectNoSeriousA11yViolations(visitor, 'therapist not available page');
});

it('an admin rejects a license with a reason the therapist then reads on their licenses page', async () => {
  const therapistAccount = await therapistWithLicense('Dr. Sam Reyes');
  const reason = 'The NJ board lists this number as lapsed; please upload your renewal.';

  const adminAccount = await createAdmin(app);
  const admin = await freshPage();
  await logIn(admin, adminAccount.email);
  await admin.goto('/admin/licenses');
  const item = admin.getByRole('article', { name: 'Dr. Sam Reyes' });
  await item.getByRole('button', { name: 'Reject…' }).click();

  const dialog = admin.getByRole('dialog', { name: 'Reject license' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Reject license' }).click();
  await dialog.getByText('Give a reason: the therapist will read it.').waitFor();
  await expectNoSeriousA11yViolations(admin, 'reject dialog with an error');
  await dialog.getByRole('textbox', { name: 'Reason for rejecting' }).fill(reason);
  await dialog.getByRole('button', { name: 'Reject license' }).click();
  await dialog.waitFor({ state: 'detached' });
  await admin.getByRole('status').filter({ hasText: 'License rejected' }).waitFor();
  await item.waitFor({ state: 'detached' });
  // Focus lands on the confirmation, not on the vanished "Reject…" button.
  expect(await focusedTextOnceItHas(admin, 'License rejected')).toContain('License rejected');

  const therapist = await freshPage();
  await logIn(therapist, therapistAccount.email);
  await nav(therapist).getByRole('link', { name: 'Licenses' }).click();
  await heading(therapist, 'Your licenses').waitFor();
  const rejected = therapist.getByRole('listitem').filter({ hasText: 'Licensed Professional Counselor, New Jersey' });
  await rejected.getByText('Rejected', { exact: true }).waitFor();
  await rejected.getByText('Why it was rejected').waitFor();
  await rejected.getByText(reason).waitFor();
  await therapist.getByTestId('profile-status').getByText('Draft').waitFor();
  await expectNoSeriousA11yViolations(therapist, 'licenses page with a rejected license');
});

it('an admin suspends a therapist from their profile page and reinstates them from the suspended list', async () => {
  const therapistAccount = await therapistWithLicense('Dr. Lee Park');
  const adminAccount = await createAdmin(app);
  await graphql(app.baseUrl, `mutation ($id: ID!) { verifyLicense(licenseId: $id) { id } }`, { id: therapistAccount.licenseId }, adminAccount);

  const admin = await freshPage();
  await logIn(admin, adminAccount.email);
  await admin.goto(`/therapists/${therapistAccount.profileId}`);
  await heading(admin, 'Dr. Lee Park').waitFor();
  const moderation = admin.getByRole('region', { name: 'Admin: moderation' });
  await moderation.getByText('Active', { exact: true }).waitFor();
  await expectNoSeriousA11yViolations(admin, 'therapist page seen by an admin');

  await moderation.getByRole('button', { name: 'Suspend profile' }).click();
  const suspendDialog = admin.getByRole('dialog', { name: 'Suspend Dr. Lee Park' });
  await suspendDialog.getByRole('textbox', { name: 'Reason' }).fill('Complaint under investigation.');
  await expectNoSeriousA11yViolations(admin, 'suspend dialog');
  await suspendDialog.getByRole('button', { name: 'Suspend' }).click();
  await admin.getByRole('status').filter({ hasText: 'Profile suspended' }).waitFor();
  await moderation.getByText('Suspended', { exact: true }).waitFor();
  expect(await focusedTextOnceItHas(admin, 'Profile suspended')).toContain('Profile suspended');
  await admin.getByText('This profile is suspended', { exact: false }).waitFor();

  // Hidden from the public now.
  const visitor = await freshPage();
  await visitor.goto(`/therapists/${therapistAccount.profileId}`);
  await heading(visitor, "This therapist isn't available").waitFor();

  await nav(admin).getByRole('link', { name: 'Suspended' }).click();
  await heading(admin, 'Suspended therapists').waitFor();
  const entry = admin.getByRole('article', { name: 'Dr. Lee Park' });
  await entry.getByText('Complaint under investigation.').waitFor();
  await expectNoSeriousA11yViolations(admin, 'suspended therapists');
  await entry.getByRole('button', { name: 'Reinstate…' }).click();
  const reinstateDialog = admin.getByRole('dialog', { name: 'Reinstate Dr. Lee Park' });
  await reinstateDialog.getByRole('textbox', { name: 'Reason' }).fill('Investigation closed, no finding.');
  await reinstateDialog.getByRole('button', { name: 'Reinstate' }).click();
  await admin.getByRole('status').filter({ hasText: 'Profile reinstated' }).waitFor();
  await entry.waitFor({ state: 'detached' });
  expect(await focusedTextOnceItHas(admin, 'Profile reinstated')).toContain('Profile reinstated');
  await admin.getByText('No therapists are suspended.').waitFor();

  await visitor.reload();
  await heading(visitor, 'Dr. Lee Park').waitFor();
});

it('tells a client that admin and therapist pages are not for them', async () => {
  const client = await signUpAs(app, 'CLIENT');
  const page = await freshPage();
  await logIn(page, client.email);
  expect(await nav(page).getByRole('link', { name: 'License reviews' }).count()).toBe(0);
  for (const path of ['/admin/licenses', '/admin/audit', '/therapist/profile']) {
    await page.goto(path);
    await heading(page, "This page isn't available to you").waitFor();
  }
  await expectNoSeriousA11yViolations(page, 'not-allowed page');

  const visitor = await freshPage();
  await visitor.goto('/admin/suspended');
  await heading(visitor, 'Please log in to see this page').waitFor();
});

it('stacks the live preview below the form on a phone', async () => {
  const therapistAccount = await signUpAs(app, 'THERAPIST');
  const page = await freshPage({ width: 390, height: 844 });
  await logIn(page, therapistAccount.email);
  await page.goto('/therapist/profile');
  await heading(page, 'Your profile').waitFor();
  await page.getByRole('textbox', { name: 'Headline' }).fill(HEADLINE);
  const preview = page.getByTestId('profile-preview');
  await preview.getByText(HEADLINE).waitFor();
  const saveButton = await page.getByRole('button', { name: 'Save profile' }).boundingBox();
  const previewBox = await preview.boundingBox();
  expect(previewBox!.y).toBeGreaterThan(saveButton!.y);
  expect(previewBox!.width).toBeLessThanOrEqual(390);
  await expectNoSeriousA11yViolations(page, 'profile editor on a phone');
});

it('pages through the audit log with "Load more"', async () => {
  const therapist = await therapistWithLicense('Dr. Jo Marsh');
  for (let edit = 1; edit <= 55; edit++) {
    await graphql(
      app.baseUrl,
      `mutation ($input: UpdateTherapistProfileInput!) { updateTherapistProfile(input: $input) { id } }`,
      { input: { headline: `Headline draft ${edit}` } },
      therapist,
    );
  }
  const adminAccount = await createAdmin(app);
  const admin = await freshPage();
  await logIn(admin, adminAccount.email);
  await admin.goto('/admin/audit');
  await heading(admin, 'Audit log').waitFor();
  await admin.getByLabel('Show').selectOption('therapist.profile_updated');
  await admin.getByText('Showing 50 events.').waitFor();
  await admin.getByRole('button', { name: 'Load more' }).click();
  await admin.getByText(/Showing \d+ events, the oldest included\./).waitFor();
  const rows = await admin.getByRole('row').count();
  expect(rows - 1).toBeGreaterThanOrEqual(55); // minus the header row
  expect(await admin.getByRole('button', { name: 'Load more' }).count()).toBe(0);
  await expectNoSeriousA11yViolations(admin, 'audit log after loading more');
});
