import { createAdmin, signUpAs, TestAccount } from '../support/accounts';
import { errorCode, graphql } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';
import { createActiveTherapist } from '../support/therapists';

const DIRECTORY = `query ($input: AdminTherapistsInput!) { adminTherapists(input: $input) { total offset limit items { id displayName email status states licensesWaiting } } }`;

let app: TestApp;
let admin: TestAccount;
let active: TestAccount & { profileId: string };
let draft: TestAccount;

beforeAll(async () => {
  app = await startTestApp();
  admin = await createAdmin(app);
  active = await createActiveTherapist(app, admin, { profile: { displayName: 'Amelia Ortiz' } });
  draft = await signUpAs(app, 'THERAPIST');
  await graphql(app.baseUrl, `mutation ($input: UpdateTherapistProfileInput!) { updateTherapistProfile(input: $input) { id } }`, { input: { displayName: 'Bruno 100%_Sure' } }, draft);
  await graphql(app.baseUrl, `mutation ($input: SubmitLicenseInput!) { submitLicense(input: $input) { id } }`, {
    input: { licenseType: 'LPC', number: 'ADM-1', jurisdiction: 'NJ', expiresOn: '2031-06-30' },
  }, draft);
});
afterAll(() => app.close());

const search = async (input: Record<string, unknown>) => {
  const response = await graphql(app.baseUrl, DIRECTORY, { input }, admin);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!.adminTherapists as { total: number; items: { displayName: string; email: string; status: string; states: string[]; licensesWaiting: number }[] };
};
const names = (page: { items: { displayName: string }[] }) => page.items.map((item) => item.displayName);

describe('adminTherapists', () => {
  it('lists every profile whatever its status, by name, with states and waiting licenses', async () => {
    const all = await search({});
    expect(all.total).toBe(2);
    expect(all.items).toEqual([
      expect.objectContaining({ displayName: 'Amelia Ortiz', email: active.email, status: 'ACTIVE', states: ['NY'], licensesWaiting: 0 }),
      expect.objectContaining({ displayName: 'Bruno 100%_Sure', email: draft.email, status: 'PENDING_REVIEW', states: ['NJ'], licensesWaiting: 1 }),
    ]);
  });

  it('searches name and email (case-insensitive, wildcards typed literally) and filters by state and status', async () => {
    expect(names(await search({ query: 'amelia' }))).toEqual(['Amelia Ortiz']);
    expect(names(await search({ query: draft.email.toUpperCase() }))).toEqual(['Bruno 100%_Sure']);
    expect(names(await search({ query: '%_' }))).toEqual(['Bruno 100%_Sure']);
    expect(names(await search({ state: 'nj' }))).toEqual(['Bruno 100%_Sure']);
    expect(names(await search({ status: 'ACTIVE' }))).toEqual(['Amelia Ortiz']);
    expect(names(await search({ state: 'NY', status: 'PENDING_REVIEW' }))).toEqual([]);
  });

  it('pages, and refuses a bad page or state naming the field', async () => {
    const second = await search({ offset: 1, limit: 1 });
    expect({ total: second.total, names: names(second) }).toEqual({ total: 2, names: ['Bruno 100%_Sure'] });
    const bad = await graphql(app.baseUrl, DIRECTORY, { input: { limit: 500 } }, admin);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    const state = await graphql(app.baseUrl, DIRECTORY, { input: { state: 'New York' } }, admin);
    expect(state.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'state' });
    expect(errorCode(await graphql(app.baseUrl, DIRECTORY, { input: {} }, draft))).toBe('FORBIDDEN');
  });
});
