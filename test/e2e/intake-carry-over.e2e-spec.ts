import { logInAgain, signUpAs } from '../support/accounts';
import { FixedClock } from '../support/fixed-clock';
import { errorCode, graphql, GraphqlResponse } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';

// What a client typed carries over: an unfinished intake to another tab or device,
// the intake's goals and screeners to the Goals page.
const NOW = '2026-03-02T12:00:00.000Z';
const clock = new FixedClock(new Date(NOW));

const SAVE = `mutation ($input: SaveIntakeDraftInput!) { saveIntakeDraft(input: $input) { answers stepIndex updatedAt } }`;
const DRAFT = `query { myIntakeDraft { answers stepIndex updatedAt } }`;
const DISCARD = `mutation { discardIntakeDraft }`;
const SUBMIT = `mutation ($input: SubmitIntakeInput!) { submitIntake(input: $input) { id goals } }`;
const GOALS = `query { myGoals { goals { id text archived } checkIns { id } intakeScores { takenAt phq9 { total bandLabel } gad7 { total bandLabel } } } }`;

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ clock, env: { SESSION_IDLE_MINUTES: '1440' } });
});
afterAll(() => app.close());
beforeEach(() => clock.set(NOW));

const data = (response: GraphqlResponse<unknown>): Record<string, any> => {
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data as Record<string, any>;
};
const draftRows = async (clientId: string) =>
  app.em().getConnection().execute<{ content: string }[]>(`select content from intake_drafts where client_id = ?`, [clientId]);
const intake = (extra: Record<string, unknown> = {}) => ({
  input: { concerns: [{ code: 'ANXIETY', priority: 2 }], jurisdiction: 'NY', timeZone: 'America/New_York', goals: [], ...extra },
});

describe('intake drafts', () => {
  it('keep the answers so far for the same client in another session, sealed, and the latest save wins', async () => {
    const client = await signUpAs(app, 'CLIENT');
    const canary = `canary-${Date.now()}-worried-about-work`;
    const answers = JSON.stringify({ concerns: [{ code: 'ANXIETY', priority: 3 }], goals: [canary] });
    expect(data(await graphql(app.baseUrl, DRAFT, {}, client)).myIntakeDraft).toBeNull();

    data(await graphql(app.baseUrl, SAVE, { input: { answers: JSON.stringify({ goals: ['first'] }), stepIndex: 0 } }, client));
    clock.set('2026-03-02T12:05:00.000Z');
    const saved = data(await graphql(app.baseUrl, SAVE, { input: { answers, stepIndex: 2 } }, client)).saveIntakeDraft;
    expect(saved).toEqual({ answers, stepIndex: 2, updatedAt: '2026-03-02T12:05:00.000Z' });

    // A new tab or device: another session of the same account reads it back.
    const otherTab = await logInAgain(app, client);
    expect(data(await graphql(app.baseUrl, DRAFT, {}, otherTab)).myIntakeDraft).toEqual(saved);

    // One row per client, holding only ciphertext.
    const rows = await draftRows(client.id);
    expect(rows).toHaveLength(1);
    expect(rows[0].content).toMatch(/^v2\./);
    expect(rows[0].content).not.toContain(canary);
    expect(rows[0].content).not.toContain('worried');

    // Nobody else sees it.
    const stranger = await signUpAs(app, 'CLIENT');
    expect(data(await graphql(app.baseUrl, DRAFT, {}, stranger)).myIntakeDraft).toBeNull();
  });

  it('two saves at once leave one draft, not an error', async () => {
    const client = await signUpAs(app, 'CLIENT');
    const saves = await Promise.all(
      [0, 1, 2, 3].map((step) => graphql(app.baseUrl, SAVE, { input: { answers: JSON.stringify({ step }), stepIndex: step } }, client)),
    );
    for (const response of saves) expect(response.errors).toBeUndefined();
    expect(await draftRows(client.id)).toHaveLength(1);
  });

  it('is gone once the intake is submitted, and can be thrown away', async () => {
    const client = await signUpAs(app, 'CLIENT');
    data(await graphql(app.baseUrl, SAVE, { input: { answers: '{}', stepIndex: 4 } }, client));
    data(await graphql(app.baseUrl, SUBMIT, intake(), client));
    expect(data(await graphql(app.baseUrl, DRAFT, {}, client)).myIntakeDraft).toBeNull();
    expect(await draftRows(client.id)).toHaveLength(0);

    data(await graphql(app.baseUrl, SAVE, { input: { answers: '{}', stepIndex: 1 } }, client));
    expect(data(await graphql(app.baseUrl, DISCARD, {}, client)).discardIntakeDraft).toBe(true);
    expect(data(await graphql(app.baseUrl, DISCARD, {}, client)).discardIntakeDraft).toBe(false);
  });

  it('refuses what is not a draft, naming the field, and keeps the last good one', async () => {
    const client = await signUpAs(app, 'CLIENT');
    data(await graphql(app.baseUrl, SAVE, { input: { answers: '{"goals":["kept"]}', stepIndex: 1 } }, client));
    const notJson = await graphql(app.baseUrl, SAVE, { input: { answers: '{not json', stepIndex: 1 } }, client);
    expect(errorCode(notJson)).toBe('BAD_USER_INPUT');
    expect(notJson.errors?.[0].extensions?.field).toBe('answers');
    const huge = await graphql(app.baseUrl, SAVE, { input: { answers: JSON.stringify({ note: 'x'.repeat(40_000) }), stepIndex: 1 } }, client);
    expect(errorCode(huge)).toBe('BAD_USER_INPUT');
    expect(errorCode(await graphql(app.baseUrl, SAVE, { input: { answers: '{}', stepIndex: -1 } }, client))).toBe('BAD_USER_INPUT');
    expect(data(await graphql(app.baseUrl, DRAFT, {}, client)).myIntakeDraft.answers).toBe('{"goals":["kept"]}');
  });

  it('are for clients only', async () => {
    const therapist = await signUpAs(app, 'THERAPIST');
    expect(errorCode(await graphql(app.baseUrl, SAVE, { input: { answers: '{}', stepIndex: 0 } }, therapist))).toBe('FORBIDDEN');
    expect(errorCode(await graphql(app.baseUrl, DRAFT, {}))).toBe('UNAUTHENTICATED');
  });

  it('are exported to their owner and erased with the account', async () => {
    const client = await signUpAs(app, 'CLIENT');
    data(await graphql(app.baseUrl, SAVE, { input: { answers: '{"goals":["export me"]}', stepIndex: 1 } }, client));
    const exported = JSON.parse(data(await graphql(app.baseUrl, `mutation { exportMyData { json } }`, {}, client)).exportMyData.json);
    expect(exported.intakeDraft).toMatchObject({ answers: '{"goals":["export me"]}', stepIndex: 1 });
    data(await graphql(app.baseUrl, `mutation ($input: DeleteAccountInput!) { deleteMyAccount(input: $input) { bookingsCancelled } }`, { input: { currentPassword: 'quiet-river-stones' } }, client));
    expect(await draftRows(client.id)).toHaveLength(0);
  });
});

describe('goals from the intake', () => {
  it('appear on the Goals page once, are not duplicated or revived by a revision, and keep their own words', async () => {
    const client = await signUpAs(app, 'CLIENT');
    data(await graphql(app.baseUrl, SUBMIT, intake({ goals: ['Sleep through the night', '  ', 'Go back to the gym'] }), client));
    let goals = data(await graphql(app.baseUrl, GOALS, {}, client)).myGoals.goals;
    expect(goals.map((goal: { text: string }) => goal.text)).toEqual(['Sleep through the night', 'Go back to the gym']);

    const gym = goals.find((goal: { text: string }) => goal.text === 'Go back to the gym');
    data(await graphql(app.baseUrl, `mutation ($id: ID!) { archiveGoal(id: $id) { goals { id } } }`, { id: gym.id }, client));
    data(await graphql(app.baseUrl, SUBMIT, intake({ goals: ['sleep through  the night', 'go back to the gym', 'Call my sister weekly'] }), client));
    goals = data(await graphql(app.baseUrl, GOALS, {}, client)).myGoals.goals;
    expect(goals.map((goal: { text: string; archived: boolean }) => [goal.text, goal.archived])).toEqual([
      ['Sleep through the night', false],
      ['Go back to the gym', true],
      ['Call my sister weekly', false],
    ]);
  });
});

describe("the intake's screeners on the Goals page", () => {
  it('are the first point of the chart, with no check-in needed', async () => {
    const client = await signUpAs(app, 'CLIENT');
    expect(data(await graphql(app.baseUrl, GOALS, {}, client)).myGoals.intakeScores).toBeNull();
    data(await graphql(app.baseUrl, SUBMIT, intake(), client));
    // An intake without screeners has no point to chart.
    expect(data(await graphql(app.baseUrl, GOALS, {}, client)).myGoals.intakeScores).toBeNull();

    clock.set('2026-03-03T09:00:00.000Z');
    data(await graphql(app.baseUrl, SUBMIT, intake({ phq9: [2, 2, 1, 1, 1, 1, 1, 1, 0], gad7: [1, 1, 1, 1, 0, 0, 0] }), client));
    const myGoals = data(await graphql(app.baseUrl, GOALS, {}, client)).myGoals;
    expect(myGoals.checkIns).toEqual([]);
    expect(myGoals.intakeScores).toEqual({
      takenAt: expect.any(String),
      phq9: { total: 10, bandLabel: 'Moderate' },
      gad7: { total: 4, bandLabel: 'Minimal' },
    });
    // Another client's scores never leak into this one's page.
    const other = await signUpAs(app, 'CLIENT');
    expect(data(await graphql(app.baseUrl, GOALS, {}, other)).myGoals.intakeScores).toBeNull();
  });
});
