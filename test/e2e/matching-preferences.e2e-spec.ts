import { createAdmin, signUpAs, TestAccount } from '../support/accounts';
import { FixedClock } from '../support/fixed-clock';
import { errorCode, graphql } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';
import { enablePayouts } from '../support/payments';
import { createActiveTherapist, makeBookableForFree } from '../support/therapists';

// Issue 11, points 1–3 over GraphQL: what the client said is honoured or said, the
// search box understands words, and insurance plans are data.

const SEARCH = `query ($input: SearchTherapistsInput!) { searchTherapists(input: $input) {
  total notices { code text } emptyBecause { filter label count }
  items { therapist { id displayName insurancePlans { id name } } reasons { code text } caveats { code text } nextSlots { startsAt localTime } } } }`;
const UPDATE_PROFILE = `mutation ($input: UpdateTherapistProfileInput!) { updateTherapistProfile(input: $input) { id insuranceAccepted insuranceUnmatched } }`;
const SUBMIT_INTAKE = `mutation ($input: SubmitIntakeInput!) { submitIntake(input: $input) { id insurance } }`;
const SETTINGS = `mutation ($input: BookingSettingsInput!) { updateBookingSettings(input: $input) { settings { timeZone } } }`;
const RULES = `mutation ($input: SetWeeklyRulesInput!) { setWeeklyRules(input: $input) { weeklyRules { weekday } } }`;
const CREATE_TYPE = `mutation ($input: SessionTypeInput!) { createSessionType(input: $input) { id } }`;
const TAXONOMY = `{ taxonomy { payers { id name aliases } } }`;

const clock = new FixedClock(new Date('2026-03-02T12:00:00Z')); // a Monday
let app: TestApp;
let panicSpecialist: TestAccount & { profileId: string };
let couplesTherapist: TestAccount & { profileId: string };

const directory = (input: Record<string, unknown>, auth: TestAccount | Record<string, never> = {}) =>
  graphql(app.baseUrl, SEARCH, { input: { jurisdiction: 'NY', timeZone: 'America/New_York', ...input } }, auth);

beforeAll(async () => {
  app = await startTestApp({ clock });
  const admin = await createAdmin(app);
  // Neither profile uses the words people type: only the taxonomy connects them.
  panicSpecialist = await createActiveTherapist(app, admin, {
    profile: {
      displayName: 'Dr. Wren Achebe', gender: 'MAN', specialtyConcerns: ['PANIC'], modalities: ['CBT'], feeMinor: 19500,
      slidingScale: { minMinor: 12000, maxMinor: 19500 }, insuranceAccepted: ['AETNA', 'UNITEDHEALTHCARE'], bio: 'Calm, structured work.',
    },
  });
  couplesTherapist = await createActiveTherapist(app, admin, {
    profile: { displayName: 'Jules Moreau', gender: 'NON_BINARY', treatedConcerns: ['RELATIONSHIPS'], modalities: ['GOTTMAN'], feeMinor: 14000 },
  });
  const officeTherapist = await createActiveTherapist(app, admin, {
    profile: {
      displayName: 'Noor Haddad', gender: 'WOMAN', treatedConcerns: ['GRIEF'], formats: ['VIDEO', 'IN_PERSON'], feeMinor: 13000,
      office: { address: '100 Atlantic Ave, Brooklyn, NY', latitude: 40.6907, longitude: -73.9969 },
    },
  });
  // Morning and evening hours on Wednesdays, in New York.
  await graphql(app.baseUrl, SETTINGS, { input: { timeZone: 'America/New_York', minimumNoticeMinutes: 0, slotStepMinutes: 60 } }, panicSpecialist);
  await graphql(
    app.baseUrl,
    RULES,
    { input: { rules: [{ weekday: 3, startLocal: '08:00', endLocal: '11:00' }, { weekday: 3, startLocal: '18:00', endLocal: '20:00' }] } },
    panicSpecialist,
  );
  await graphql(app.baseUrl, CREATE_TYPE, { input: { name: 'Session', kind: 'INDIVIDUAL', durationMinutes: 50, priceMinor: 19500, formats: ['VIDEO'] } }, panicSpecialist);
  // Matching from an intake lists only therapists who can be booked: payouts for a paid session, or a free one.
  await enablePayouts(app, panicSpecialist);
  await makeBookableForFree(app, officeTherapist);
});
afterAll(() => app.close());

describe('the search box understands words', () => {
  it.each([
    ['panic attacks', 'Dr. Wren Achebe'],
    ['cognitive behavioural therapy', 'Dr. Wren Achebe'],
    ['couples', 'Jules Moreau'],
    ['gottman', 'Jules Moreau'],
  ])('finds a therapist by a synonym of what they list: %j', async (text, name) => {
    const response = await directory({ text });
    expect(response.errors).toBeUndefined();
    const items = response.data!.searchTherapists.items as { therapist: { displayName: string }; reasons: { code: string }[] }[];
    expect(items.map((item) => item.therapist.displayName)).toEqual([name]);
    expect(items[0].reasons.map((reason) => reason.code)).toContain('TEXT_RELEVANCE');
  });
});

describe('words that name a concern or approach explain the match like the filter would', () => {
  it('says why the words found them', async () => {
    const [panic] = (await directory({ text: 'panic attacks' })).data!.searchTherapists.items;
    expect(panic.reasons).toContainEqual({ code: 'CONCERN_FIT', text: 'Specialises in panic disorder' });
    const [gottman] = (await directory({ text: 'gottman' })).data!.searchTherapists.items;
    expect(gottman.reasons).toContainEqual({ code: 'MODALITY_FIT', text: 'Offers the Gottman Method, which you asked for' });
  });
});

describe('insurance is chosen from the payer list', () => {
  it('lists payers with their aliases', async () => {
    const payers = (await graphql(app.baseUrl, TAXONOMY)).data!.taxonomy.payers as { id: string; aliases: string[] }[];
    expect(payers.find((payer) => payer.id === 'UNITEDHEALTHCARE')?.aliases).toEqual(expect.arrayContaining(['uhc', 'optum']));
  });

  it('rejects a typed plan name, naming the field, on the profile, the intake and the search', async () => {
    const profile = await graphql(app.baseUrl, UPDATE_PROFILE, { input: { insuranceAccepted: ['Aetna'] } }, couplesTherapist);
    expect(errorCode(profile)).toBe('BAD_USER_INPUT');
    expect(profile.errors?.[0].extensions?.field).toBe('insuranceAccepted');
    const client = await signUpAs(app, 'CLIENT');
    const intake = await graphql(app.baseUrl, SUBMIT_INTAKE, { input: { ...intakeInput(), insurance: 'Blue Cross' } }, client);
    expect([errorCode(intake), intake.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'insurance']);
    const search = await directory({ insurance: 'aetna' });
    expect([errorCode(search), search.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'insurance']);
  });

  it('filters by payer id and says so on the card', async () => {
    const response = await directory({ insurance: 'AETNA' });
    const [item] = response.data!.searchTherapists.items;
    expect(item.therapist.displayName).toBe('Dr. Wren Achebe');
    expect(item.therapist.insurancePlans).toEqual([{ id: 'AETNA', name: 'Aetna' }, { id: 'UNITEDHEALTHCARE', name: 'UnitedHealthcare (Optum)' }]);
    expect(item.reasons).toContainEqual({ code: 'INSURANCE', text: 'In network with Aetna, your insurance' });
  });

  it('lets a therapist clear old plan names but never add typed ones', async () => {
    await app.em().getConnection().execute(`update therapist_profiles set insurance_unmatched = '{"Local Union Plan"}' where id = ?`, [couplesTherapist.profileId]);
    const added = await graphql(app.baseUrl, UPDATE_PROFILE, { input: { insuranceUnmatched: ['Local Union Plan', 'New Plan'] } }, couplesTherapist);
    expect([errorCode(added), added.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'insuranceUnmatched']);
    const mine = await graphql(app.baseUrl, `{ myTherapistProfile { insuranceUnmatched } }`, {}, couplesTherapist);
    expect(mine.data?.myTherapistProfile.insuranceUnmatched).toEqual(['Local Union Plan']);
    const cleared = await graphql(app.baseUrl, UPDATE_PROFILE, { input: { insuranceAccepted: ['CIGNA'], insuranceUnmatched: [] } }, couplesTherapist);
    expect(cleared.data?.updateTherapistProfile).toMatchObject({ insuranceAccepted: ['CIGNA'], insuranceUnmatched: [] });
  });
});

describe('never silently contradicting the client', () => {
  it('names the filter that emptied the results, with how many setting it aside would show, and relaxes it', async () => {
    const empty = await directory({ insurance: 'KAISER', genders: ['MAN'] });
    expect(empty.data!.searchTherapists).toMatchObject({ total: 0, items: [] });
    expect(empty.data!.searchTherapists.emptyBecause).toEqual([{ filter: 'INSURANCE', label: 'In network with Kaiser Permanente', count: 1 }]);
    const relaxed = await directory({ insurance: 'KAISER', genders: ['MAN'], relax: ['INSURANCE'] });
    expect(relaxed.data!.searchTherapists.items.map((item: { therapist: { displayName: string } }) => item.therapist.displayName)).toEqual(['Dr. Wren Achebe']);
    expect(relaxed.data!.searchTherapists.emptyBecause).toEqual([]);
  });

  it('ranks against the intake and says what each match misses, the budget in full, and times only where they fit', async () => {
    const client = await signUpAs(app, 'CLIENT');
    await graphql(
      app.baseUrl,
      SUBMIT_INTAKE,
      { input: { ...intakeInput(), budgetMaxMinor: 15000, genderPreference: ['WOMAN'], preferredModalities: ['CBT'], preferredDayParts: ['EVENING'] } },
      client,
    );
    const response = await graphql(app.baseUrl, SEARCH, { input: { useMyIntake: true, timeZone: 'America/New_York' } }, client);
    expect(response.errors).toBeUndefined();
    const result = response.data!.searchTherapists;
    expect(result.notices).toEqual([
      { code: 'GENDER_PREFERENCE', text: 'You asked for a woman: no woman therapist in New York fits your other choices, so these are the closest.' },
    ]);
    const wren = result.items.find((item: { therapist: { id: string } }) => item.therapist.id === panicSpecialist.profileId);
    expect(wren.reasons).toEqual(
      expect.arrayContaining([
        { code: 'PRICE_FIT', text: '$195, sliding scale from $120, within your budget' },
        { code: 'MODALITY_FIT', text: 'Offers CBT, which you asked for' },
        { code: 'AVAILABILITY_FIT', text: 'Has 4 open times that fit your evenings' },
      ]),
    );
    expect(wren.caveats).toContainEqual({ code: 'GENDER_PREFERENCE', text: 'A man; you asked for a woman' });
    // Mornings are open too, but the card shows the evening times beside "fits your evenings".
    expect(wren.nextSlots.map((slot: { localTime: string }) => slot.localTime)).toEqual(['18:00', '19:00', '18:00']);
  });
});

describe('an emptied match names a distance limit too', () => {
  it('counts exactly, office distance included, what setting aside each answer would show', async () => {
    const client = await signUpAs(app, 'CLIENT');
    const far = { latitude: 40.7831, longitude: -73.9712, maxDistanceKm: 2 }; // the Upper West Side, about 10 km from the office
    const submitted = await graphql(
      app.baseUrl,
      SUBMIT_INTAKE,
      { input: { ...intakeInput(), concerns: [{ code: 'GRIEF', priority: 3 }], format: 'IN_PERSON', location: far } },
      client,
    );
    expect(submitted.errors).toBeUndefined();
    const response = await graphql(app.baseUrl, SEARCH, { input: { useMyIntake: true, timeZone: 'America/New_York' } }, client);
    expect(response.data!.searchTherapists.items).toEqual([]);
    expect(response.data!.searchTherapists.emptyBecause).toEqual([
      { filter: 'FORMAT', label: 'In-person sessions', count: 1 },
      { filter: 'DISTANCE', label: 'Office within 2 km', count: 1 },
    ]);
  });
});

function intakeInput() {
  return {
    concerns: [{ code: 'PANIC', priority: 3 }],
    goals: [],
    preferredModalities: [],
    jurisdiction: 'NY',
    format: 'VIDEO',
    needsSlidingScale: false,
    languages: ['en'],
    genderPreference: [],
    communities: [],
    preferredWeekdays: [],
    preferredDayParts: [],
    timeZone: 'America/New_York',
  };
}
