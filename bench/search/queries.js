'use strict';
// The query mix: directory searches a visitor types, plus a match from a
// client's intake. Each kind also yields the engine's SearchQuery, mapped by
// the app's own compiled functions (fromFilters / fromIntake), so the SQL
// baseline runs exactly the filters the HTTP request runs.
const { join } = require('node:path');
const { API_DIST, withClient } = require('../support/database');
const { graphql } = require('../support/graphql-client');

const TIME_ZONE = 'America/New_York';
const PASSWORD = 'bench-quiet-harbor-2026';

/** What a results page shows (no `sessionTypes`: that is a per-therapist field resolver, counted separately). */
const CARD = `
  engine total nextCursor crisisResources { name action href }
  items {
    score reasons { code text weight }
    nextSlots { startsAt endsAt localDate localTime offset }
    therapist {
      id displayName pronouns headline photoUrl yearsInPractice gender feeMinor acceptsNewClients
      slidingScale { minMinor maxMinor } formats languages insuranceAccepted
      concerns { code name level } modalities { code name } office { address latitude longitude }
      licenses { jurisdiction licenseType status }
    }
  }
  facets { concern { value count } modality { value count } language { value count } format { value count }
    priceBand { value count } gender { value count } community { value count } }`;
const SEARCH = `query SearchTherapists($input: SearchTherapistsInput!) { searchTherapists(input: $input) { ${CARD} } }`;
const SEARCH_WITH_SESSION_TYPES = `query SearchTherapists($input: SearchTherapistsInput!) { searchTherapists(input: $input) {
  total items { therapist { id displayName sessionTypes { id name durationMinutes priceMinor } } } } }`;

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token user { id } } }`;
const SUBMIT_INTAKE = `mutation ($input: SubmitIntakeInput!) { submitIntake(input: $input) { id crisisFlagged } }`;

const INTAKE = {
  concerns: [
    { code: 'ANXIETY', priority: 3 },
    { code: 'DEPRESSION', priority: 2 },
    { code: 'STRESS', priority: 1 },
  ],
  goals: ['Sleep through the night', 'Stop dreading Monday mornings'],
  preferredModalities: ['CBT'],
  jurisdiction: 'NY',
  format: 'VIDEO',
  budgetMaxMinor: 18000,
  needsSlidingScale: false,
  languages: ['en'],
  genderPreference: [],
  communities: [],
  preferredWeekdays: [1, 3, 4],
  preferredDayParts: ['EVENING'],
  timeZone: TIME_ZONE,
  phq9: [1, 1, 2, 1, 0, 1, 1, 0, 0],
  gad7: [2, 2, 2, 1, 1, 1, 1],
};

/** The defaults GraphQL fills in for SearchTherapistsInput, so the compiled mappers see what the resolver sees. */
function withInputDefaults(input) {
  return {
    useMyIntake: false,
    concerns: [],
    modalities: [],
    languages: [],
    communities: [],
    formats: [],
    genders: [],
    slidingScaleOnly: false,
    acceptingNewClients: false,
    first: 10,
    timeZone: TIME_ZONE,
    ...input,
  };
}

/** The name with one letter dropped from the middle of its longest word: "Kestrelmoor" → "Kestrlmoor". */
function dropALetter(name) {
  const words = name.split(' ');
  const longest = words.reduce((best, word, index) => (word.length > words[best].length ? index : best), 0);
  const word = words[longest];
  const cut = Math.floor(word.length / 2);
  words[longest] = word.slice(0, cut) + word.slice(cut + 1);
  return words.join(' ');
}

/** The lowest-numbered searchable therapist: its real name (to misspell) and the state it is licensed in. */
async function findNameToMisspell(databaseUrl) {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query(
      `select p.id, p.display_name, l.jurisdiction from therapist_profiles p
         join users u on u.id = p.user_id
         join licenses l on l.therapist_id = p.id and l.status = 'VERIFIED' and l.expires_on >= current_date
        where p.status = 'ACTIVE' and p.accepts_new_clients
        order by u.email, l.jurisdiction limit 1`,
    );
    if (rows.length === 0) throw new Error('no searchable therapist to take a name from');
    const { id, display_name: name, jurisdiction } = rows[0];
    return { id, name, typo: dropALetter(name), jurisdiction };
  });
}

/** Directory searches (anonymous), in the order the table prints them. */
function directoryMix(misspelled) {
  return [
    { name: 'NY, 10 a page', input: { jurisdiction: 'NY', first: 10 } },
    { name: 'CA anxiety, video', input: { jurisdiction: 'CA', concerns: ['ANXIETY'], formats: ['VIDEO'], first: 10 } },
    { name: 'TX text "trauma"', input: { jurisdiction: 'TX', text: 'trauma', first: 10 } },
    {
      name: `${misspelled.jurisdiction} typo "${misspelled.typo}"`,
      input: { jurisdiction: misspelled.jurisdiction, text: misspelled.typo, first: 10 },
      expectedTherapistId: misspelled.id,
    },
    {
      name: 'NY <=$120 sliding es, 50 a page',
      input: { jurisdiction: 'NY', maxFeeMinor: 12000, slidingScaleOnly: true, languages: ['es'], first: 50 },
    },
  ].map((kind) => ({ ...kind, input: withInputDefaults(kind.input) }));
}

/** Words a visitor types: concerns, approaches and what bios say, in any state. */
const TYPED_WORDS = [
  'trauma', 'anxiety', 'grief', 'couples', 'depression', 'panic', 'cbt', 'emdr', 'mindfulness', 'teens', 'stress', 'ocd',
  'adhd', 'burnout', 'family', 'sleep', 'anger', 'loss', 'identity', 'warm practical', 'dbt skills', 'work stress', 'postpartum', 'addiction',
  'insomnia', 'self esteem', 'lgbtq', 'veterans', 'eating', 'bipolar', 'ptsd', 'relationships', 'parenting', 'divorce', 'chronic pain', 'spanish',
];

/**
 * Directory searches with words, one kind per state and words, taken in turn, in two halves (the
 * words split between them, so two runs share none): each half holds more kinds (18 words × every
 * state with therapists, 918 at 51) than a run of the curve sends, and more than a process holds
 * matched words for (StateRowIndex's TEXT_MATCHES_HELD: 100,000 matched rows), so every search
 * matches its words afresh, as visitors' varied words do.
 */
function unseenWordKinds(states) {
  const kindsOf = (words) => words.flatMap((text) => states.map((jurisdiction) => ({ name: `${jurisdiction} "${text}"`, input: withInputDefaults({ jurisdiction, text, first: 10 }) })));
  const half = TYPED_WORDS.length / 2;
  return [kindsOf(TYPED_WORDS.slice(0, half)), kindsOf(TYPED_WORDS.slice(half))];
}

/** A client signed up through GraphQL with a submitted intake; the matching kind searches with their token. */
async function signUpMatchingClient(baseUrl) {
  const signUp = await graphql(baseUrl, SIGN_UP, {
    input: { email: `bench-search-client-${process.pid}-${Date.now()}@example.com`, password: PASSWORD, role: 'CLIENT', timeZone: TIME_ZONE },
  });
  const { token } = signUp.signUp;
  const intake = await graphql(baseUrl, SUBMIT_INTAKE, { input: INTAKE }, token);
  return { token, userId: signUp.signUp.user.id, intakeId: intake.submitIntake.id };
}

function matchingKind(client) {
  return { name: 'matching from intake', input: withInputDefaults({ useMyIntake: true, timeZone: TIME_ZONE }), token: client.token, client };
}

/** The engine's SearchQuery for a kind, built by the same compiled code the MatchingService calls. */
async function engineQueryFor(kind, entityManager) {
  const { fromFilters, fromIntake } = require(join(API_DIST, 'matching/match-preferences.js'));
  if (!kind.input.useMyIntake) return fromFilters(kind.input).query;
  const { Intake } = require(join(API_DIST, 'intake/intake.entity.js'));
  const intake = await entityManager.fork().findOneOrFail(Intake, { client: kind.client.userId });
  return fromIntake(intake.answers, kind.input).query;
}

module.exports = {
  SEARCH,
  SEARCH_WITH_SESSION_TYPES,
  directoryMix,
  engineQueryFor,
  findNameToMisspell,
  matchingKind,
  signUpMatchingClient,
  unseenWordKinds,
  withInputDefaults,
};
