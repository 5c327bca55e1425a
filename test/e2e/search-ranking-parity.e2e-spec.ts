import { EntityManager, RequestContext } from '@mikro-orm/postgresql';
import { fitsPreferredTimes, localDateOf, MATCH_WEIGHTS, rankTherapists, TherapistCandidate } from '@rapport/domain';
import { allianceFromRatings } from '../../apps/api/src/alliance/testing/alliance-from-ratings';
import { SlotFinder } from '../../apps/api/src/availability/slot-finder.service';
import { User } from '../../apps/api/src/auth/entities/user.entity';
import { IntakeService } from '../../apps/api/src/intake/intake.service';
import { fromFilters, fromIntake } from '../../apps/api/src/matching/match-preferences';
import { SearchTherapistsInput } from '../../apps/api/src/matching/dto/search-therapists.input';
import { rotationFor } from '../../apps/api/src/matching/search/search-engine.port';
import { LegacyPostgresSearchEngine } from '../../apps/api/src/matching/search/testing/legacy-postgres-search-engine';
import { TherapistsService } from '../../apps/api/src/therapists/therapists.service';
import { signUpAs, TestAccount } from '../support/accounts';
import { FixedClock } from '../support/fixed-clock';
import { graphql } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';
import { seedListedTherapists } from '../support/therapists';

// Issue #12: the read model and its availability summary rank exactly as the old path did
// (SQL over profiles and licenses, every contender's open slots from the slot engine per
// request), on the demo data, for the same inputs. The old path is kept callable for this.
const clock = new FixedClock(new Date('2026-11-25T15:00:00Z'));
const TODAY = '2026-11-25';
let app: TestApp;

const SEARCH = `query ($input: SearchTherapistsInput!) { searchTherapists(input: $input) {
  total items { therapist { id } score reasons { code text } caveats { code text } nextSlots { startsAt endsAt } } } }`;

interface Shown {
  id: string;
  score: number;
  reasons: string[];
  caveats: string[];
  nextSlots: string[];
}

const DEFAULTS = {
  useMyIntake: false, text: null, concerns: [], modalities: [], languages: [], communities: [], formats: [], genders: [], ageGroup: null,
  maxFeeMinor: null, slidingScaleOnly: false, acceptingNewClients: false, insurance: null, relax: [], first: 10, after: null,
};

/** The search as it ran before the read model (MatchingService.search and the Postgres engine of main before issue #12). */
async function legacySearch(input: Record<string, unknown>, client?: TestAccount): Promise<{ total: number; items: Shown[] }> {
  return RequestContext.create(app.em(), async () => {
    const full = { ...DEFAULTS, ...input } as unknown as SearchTherapistsInput & { jurisdiction: string };
    const intake = client ? await app.app.get(IntakeService).findOwn(await app.em().findOneOrFail(User, client.id)) : null;
    const { preferences, query } = intake ? fromIntake(intake.answers, full) : fromFilters(full);
    const engine = new LegacyPostgresSearchEngine(app.em(), clock);
    const therapists = app.app.get(TherapistsService);
    const slots = app.app.get(SlotFinder);
    const today = localDateOf(clock.now(), preferences.timeZone);
    const fairnessSeed = `${today}:${client?.id ?? 'anonymous'}`;
    const candidates = await engine.candidates(query, 400, rotationFor(fairnessSeed));
    const visible = await therapists.findVisible(candidates.map((candidate) => candidate.id));
    const byId = new Map(visible.map((found) => [found.profile.id, found]));
    const alliances = await allianceFromRatings(app.app.get(EntityManager), [...byId.keys()]);
    const rankable: TherapistCandidate[] = candidates.flatMap(({ id, textRelevance }) => {
      const found = byId.get(id);
      if (!found) return [];
      const { profile, licenses } = found;
      return [{
        id, licensedJurisdictions: [...new Set(licenses.map((license) => license.jurisdiction))], profileActive: profile.status === 'ACTIVE',
        acceptsNewClients: profile.acceptsNewClients, formats: profile.formats,
        office: profile.officeLatitude !== null && profile.officeLongitude !== null ? { latitude: profile.officeLatitude, longitude: profile.officeLongitude } : null,
        languages: profile.languages, ageGroups: profile.ageGroups, gender: profile.gender, communities: profile.communities,
        specialtyConcerns: profile.specialtyConcerns, treatedConcerns: profile.treatedConcerns, modalities: profile.modalities, feeMinor: profile.feeMinor,
        slidingScale: profile.slidingScaleMinMinor !== null && profile.slidingScaleMaxMinor !== null ? { minMinor: profile.slidingScaleMinMinor, maxMinor: profile.slidingScaleMaxMinor } : null,
        insuranceAccepted: profile.insuranceAccepted, textRelevance, openSlotStartsMs: [], alliance: alliances.get(id) ?? null,
      } as TherapistCandidate];
    });
    const rank = (list: TherapistCandidate[]) => rankTherapists({ candidates: list, preferences, today, fairnessSeed });
    const provisional = rank(rankable);
    const pageEnd = Math.min(full.first, provisional.ranked.length);
    const cutoff = (provisional.ranked[pageEnd - 1]?.score ?? 0) - MATCH_WEIGHTS.AVAILABILITY_FIT - 1e-4;
    const contenders = provisional.ranked.filter((match) => match.score >= cutoff).map((match) => match.id);
    const open = await slots.nextSlots(contenders, { count: Number.POSITIVE_INFINITY, timeZone: full.timeZone, withinDays: 14 });
    const { ranked } = rank(rankable.filter((candidate) => contenders.includes(candidate.id)).map((candidate) => ({ ...candidate, openSlotStartsMs: (open.get(candidate.id) ?? []).map((slot) => slot.startsAt.getTime()) })));
    return {
      total: Math.min(await engine.count(query), provisional.ranked.length),
      items: ranked.slice(0, pageEnd).map((match) => ({
        id: match.id, score: match.score, reasons: match.reasons.map((reason) => reason.text), caveats: match.caveats.map((caveat) => caveat.text),
        // The first three open times, those on the client's preferred days and times first (slotsToShow).
        nextSlots: ((all) => (all.some((slot) => fitsPreferredTimes(slot.startsAt, preferences, today)) ? all.filter((slot) => fitsPreferredTimes(slot.startsAt, preferences, today)) : all))(open.get(match.id) ?? [])
          .slice(0, 3)
          .map((slot) => `${slot.startsAt.toISOString()}/${slot.endsAt.toISOString()}`),
      })),
    };
  });
}

async function newSearch(input: Record<string, unknown>, client?: TestAccount): Promise<{ total: number; items: Shown[] }> {
  const response = await graphql(app.baseUrl, SEARCH, { input }, client);
  expect(response.errors).toBeUndefined();
  const result = response.data!.searchTherapists;
  return {
    total: result.total,
    items: result.items.map((item: { therapist: { id: string }; score: number; reasons: { text: string }[]; caveats: { text: string }[]; nextSlots: { startsAt: string; endsAt: string }[] }) => ({
      id: item.therapist.id, score: item.score, reasons: item.reasons.map((reason) => reason.text), caveats: item.caveats.map((caveat) => caveat.text),
      nextSlots: item.nextSlots.map((slot) => `${slot.startsAt}/${slot.endsAt}`),
    })),
  };
}

beforeAll(async () => {
  app = await startTestApp({ clock });
  // The old path listed the profile's switch; the read model lists who can be booked (issue #11
  // point 9). Demo therapists all have hours and session types: with payouts on, both agree.
  await seedListedTherapists(app, { count: 800, today: TODAY, seed: 7 });
}, 180_000);
afterAll(() => app.close());

it('lists as accepting exactly whom the profile switch lists, on this data (so the comparison is like for like)', async () => {
  const [row] = await app.em().getConnection().execute<{ differ: number; fresh: number; rows: number }[]>(
    `select count(*) filter (where s.accepting <> p.accepts_new_clients)::int as differ, count(*) filter (where not s.availability_stale)::int as fresh, count(*)::int as rows
     from therapist_search s join therapist_profiles p on p.id = s.therapist_id`,
  );
  expect(row).toEqual({ differ: 0, fresh: row.rows, rows: expect.any(Number) });
  expect(row.rows).toBeGreaterThan(500);
});

it.each<[string, Record<string, unknown>]>([
  ['NY', { jurisdiction: 'NY', timeZone: 'America/New_York' }],
  ['CA, anxiety, video, in Los Angeles', { jurisdiction: 'CA', concerns: ['ANXIETY'], formats: ['VIDEO'], timeZone: 'America/Los_Angeles' }],
  ['TX, "trauma", seen from Tokyo', { jurisdiction: 'TX', text: 'trauma', timeZone: 'Asia/Tokyo' }],
  ['NY, <= $120, sliding scale, Spanish, page of 50', { jurisdiction: 'NY', maxFeeMinor: 12_000, slidingScaleOnly: true, languages: ['es'], first: 50, timeZone: 'America/New_York' }],
  ['NY, accepting, CBT, women, from Kolkata', { jurisdiction: 'NY', acceptingNewClients: true, modalities: ['CBT'], genders: ['WOMAN'], timeZone: 'Asia/Kolkata' }],
  ['FL, insurance, depression', { jurisdiction: 'FL', insurance: 'AETNA', concerns: ['DEPRESSION'], timeZone: 'America/New_York' }],
])('ranks like the old path: %s', async (_name, input) => {
  const [before, after] = [await legacySearch(input), await newSearch(input)];
  expect(before.items.length).toBeGreaterThan(0);
  expect(after).toEqual(before);
});

const SUBMIT_INTAKE = `mutation ($input: SubmitIntakeInput!) { submitIntake(input: $input) { id } }`;

// Matching from an intake: stated weekdays and day parts are read in the client's zone, which
// the summary (UTC instants) must answer as exactly as the slot engine did.
it.each<[string, Record<string, unknown>]>([
  ['weekday evenings, New York', { jurisdiction: 'NY', format: 'VIDEO', preferredWeekdays: [1, 2, 3, 4, 5], preferredDayParts: ['EVENING'], timeZone: 'America/New_York' }],
  ['Saturday mornings, CA, seen from Kolkata', { jurisdiction: 'CA', format: 'ANY', preferredWeekdays: [6], preferredDayParts: ['MORNING'], timeZone: 'Asia/Kolkata' }],
  ['any afternoon, TX, budget', { jurisdiction: 'TX', format: 'ANY', preferredWeekdays: [], preferredDayParts: ['AFTERNOON'], budgetMaxMinor: 15_000, timeZone: 'America/Chicago' }],
])('matches from an intake like the old path: %s', async (_name, answers) => {
  const client = await signUpAs(app, 'CLIENT');
  const submitted = await graphql(app.baseUrl, SUBMIT_INTAKE, {
    input: {
      concerns: [{ code: 'ANXIETY', priority: 3 }, { code: 'DEPRESSION', priority: 2 }], goals: ['Sleep through the night'], preferredModalities: [],
      needsSlidingScale: false, languages: ['en'], genderPreference: [], communities: [], ...answers,
    },
  }, client);
  expect(submitted.errors).toBeUndefined();
  const input = { useMyIntake: true, timeZone: answers.timeZone };
  const [before, after] = [await legacySearch(input, client), await newSearch(input, client)];
  expect(before.items.length).toBeGreaterThan(0);
  expect(after).toEqual(before);
});
