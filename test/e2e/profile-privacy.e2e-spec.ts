// What a public profile may publish: an office only while the therapist sees
// clients in person (public profile, search results; owner and admins always see
// it), and a photo only from an https:// address (input validation and the database).
import { createAdmin, signUpAs, TestAccount } from '../support/accounts';
import { errorCode, graphql } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';
import { createActiveTherapist } from '../support/therapists';

const OFFICE = { address: '77 Harbor Rd, Albany, NY', latitude: 42.6511, longitude: -73.7498 };
const UPDATE = `mutation ($input: UpdateTherapistProfileInput!) { updateTherapistProfile(input: $input) { photoUrl office { address } } }`;
const THERAPIST = `query ($id: ID!) { therapist(id: $id) { office { address latitude longitude } } }`;
const SEARCH = `query ($input: SearchTherapistsInput!) { searchTherapists(input: $input) { items { therapist { id office { address latitude longitude } } } } }`;

let app: TestApp;
let admin: TestAccount;
let client: TestAccount;

beforeAll(async () => {
  app = await startTestApp();
  admin = await createAdmin(app);
  client = await signUpAs(app, 'CLIENT');
});
afterAll(() => app?.close());

describe('office address and coordinates', () => {
  let inPerson: TestAccount & { profileId: string };
  let videoOnly: TestAccount & { profileId: string };

  beforeAll(async () => {
    inPerson = await createActiveTherapist(app, admin, { profile: { displayName: 'Dr. In Person', formats: ['VIDEO', 'IN_PERSON'], office: OFFICE } });
    // Saw people in person once: the office stays on file after switching to video only.
    videoOnly = await createActiveTherapist(app, admin, { profile: { displayName: 'Dr. Video Only', formats: ['VIDEO', 'IN_PERSON'], office: OFFICE } });
    const switched = await graphql(app.baseUrl, UPDATE, { input: { formats: ['VIDEO'] } }, videoOnly);
    expect(switched.data?.updateTherapistProfile.office).toEqual({ address: OFFICE.address });
  });

  const officeSeenBy = async (therapist: { profileId: string }, viewer: TestAccount | null) =>
    (await graphql(app.baseUrl, THERAPIST, { id: therapist.profileId }, viewer ?? {})).data?.therapist.office;

  it('are public while the therapist offers in-person sessions', async () => {
    expect(await officeSeenBy(inPerson, null)).toEqual(OFFICE);
    expect(await officeSeenBy(inPerson, client)).toEqual(OFFICE);
  });

  it('are hidden from the public profile otherwise, but the owner and admins still see them', async () => {
    expect(await officeSeenBy(videoOnly, null)).toBeNull();
    expect(await officeSeenBy(videoOnly, client)).toBeNull();
    expect(await officeSeenBy(videoOnly, inPerson)).toBeNull(); // another therapist is the public
    expect(await officeSeenBy(videoOnly, videoOnly)).toEqual(OFFICE);
    expect(await officeSeenBy(videoOnly, admin)).toEqual(OFFICE);
  });

  it('follow the same rule in search results', async () => {
    const response = await graphql(app.baseUrl, SEARCH, { input: { jurisdiction: 'NY', timeZone: 'America/New_York', first: 50 } }, client);
    const items: { therapist: { id: string; office: unknown } }[] = response.data!.searchTherapists.items;
    const officeInResults = (id: string) => items.find((item) => item.therapist.id === id)?.therapist.office;
    expect(officeInResults(inPerson.profileId)).toEqual(OFFICE);
    expect(officeInResults(videoOnly.profileId)).toBeNull();
    expect(items.map((item) => item.therapist.id)).toEqual(expect.arrayContaining([inPerson.profileId, videoOnly.profileId]));
  });
});

describe('photo URL', () => {
  it.each([
    ['plain http', 'http://example.com/me.jpg'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a data: URL', 'data:image/png;base64,iVBORw0KGgo='],
    ['an ftp URL', 'ftp://example.com/me.jpg'],
    ['a protocol-relative URL', '//example.com/me.jpg'],
  ])('refuses %s, naming the field', async (_case, photoUrl) => {
    const therapist = await signUpAs(app, 'THERAPIST');
    const response = await graphql(app.baseUrl, UPDATE, { input: { displayName: 'Dr. Photo', photoUrl } }, therapist);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.field).toBe('photoUrl');
    expect(response.errors?.[0].message).toMatch(/https:\/\//);
  });

  it('accepts an https address', async () => {
    const therapist = await signUpAs(app, 'THERAPIST');
    const response = await graphql(app.baseUrl, UPDATE, { input: { displayName: 'Dr. Photo', photoUrl: 'https://images.example.com/me.jpg' } }, therapist);
    expect(response.data?.updateTherapistProfile.photoUrl).toBe('https://images.example.com/me.jpg');
  });

  it.each(['http://example.com/me.jpg', 'javascript:alert(1)', `https://example.com/${'x'.repeat(500)}`])('is refused by the database itself: %s', async (photoUrl) => {
    const therapist = await signUpAs(app, 'THERAPIST');
    await graphql(app.baseUrl, UPDATE, { input: { displayName: 'Dr. Photo' } }, therapist);
    const update = app.em().getConnection().execute(`update therapist_profiles set photo_url = ? where user_id = ?`, [photoUrl, therapist.id]);
    await expect(update).rejects.toThrow(/therapist_profiles_photo_url_https/);
  });
});
