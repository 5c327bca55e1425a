import { AuditEvent } from '../../apps/api/src/audit/audit-event.entity';
import { signUpAs, TestAccount } from '../support/accounts';
import { graphql } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';

const UPDATE_PROFILE = `mutation ($input: UpdateTherapistProfileInput!) { updateTherapistProfile(input: $input) { id } }`;
const CREATE = `mutation ($input: SessionTypeInput!) { createSessionType(input: $input) { id formats archived } }`;
const UPDATE = `mutation ($id: ID!, $input: SessionTypeInput!) { updateSessionType(id: $id, input: $input) { id formats } }`;
const ARCHIVE = `mutation ($id: ID!) { archiveSessionType(id: $id) { id archived } }`;
const RESTORE = `mutation ($id: ID!) { restoreSessionType(id: $id) { id archived } }`;
const SESSION = { name: 'Therapy', kind: 'INDIVIDUAL', durationMinutes: 50, priceMinor: 15000 };

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const data = (response: { data?: unknown; errors?: unknown }): Record<string, any> => {
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data as Record<string, any>;
};

async function therapistOffering(formats: string[]): Promise<TestAccount> {
  const therapist = await signUpAs(app, 'THERAPIST');
  data(await graphql(app.baseUrl, UPDATE_PROFILE, { input: { displayName: 'Dr. Formats', formats } }, therapist));
  return therapist;
}

describe('session type formats', () => {
  it('offers only formats the profile offers, and says which to add, naming the field', async () => {
    const therapist = await therapistOffering(['VIDEO']);
    const refused = await graphql(app.baseUrl, CREATE, { input: { ...SESSION, formats: ['VIDEO', 'PHONE'] } }, therapist);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'formats' });
    expect(refused.errors?.[0].message).toBe('Your profile offers only video. Add phone to your profile first, or leave it out of this session type.');

    const created = data(await graphql(app.baseUrl, CREATE, { input: { ...SESSION, formats: ['VIDEO'] } }, therapist)).createSessionType;
    const update = await graphql(app.baseUrl, UPDATE, { id: created.id, input: { ...SESSION, formats: ['PHONE'] } }, therapist);
    expect(update.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'formats' });

    data(await graphql(app.baseUrl, UPDATE_PROFILE, { input: { formats: ['VIDEO', 'PHONE'] } }, therapist));
    expect(data(await graphql(app.baseUrl, UPDATE, { id: created.id, input: { ...SESSION, formats: ['PHONE'] } }, therapist)).updateSessionType.formats).toEqual(['PHONE']);
  });
});

describe('restoreSessionType', () => {
  it('undoes an archive, audited; another therapist cannot', async () => {
    const therapist = await therapistOffering(['VIDEO']);
    const other = await therapistOffering(['VIDEO']);
    const created = data(await graphql(app.baseUrl, CREATE, { input: { ...SESSION, formats: ['VIDEO'] } }, therapist)).createSessionType;
    expect(data(await graphql(app.baseUrl, ARCHIVE, { id: created.id }, therapist)).archiveSessionType.archived).toBe(true);
    expect((await graphql(app.baseUrl, RESTORE, { id: created.id }, other)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(data(await graphql(app.baseUrl, RESTORE, { id: created.id }, therapist)).restoreSessionType).toEqual({ id: created.id, archived: false });
    const mine = data(await graphql(app.baseUrl, `{ mySessionTypes { id archived } }`, {}, therapist)).mySessionTypes;
    expect(mine).toEqual([{ id: created.id, archived: false }]);
    expect(await app.em().count(AuditEvent, { action: 'session_type.restored', subjectId: created.id })).toBe(1);
  });
});
