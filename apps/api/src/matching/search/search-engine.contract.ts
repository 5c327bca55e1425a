/// <reference types="jest" />
import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Role, User } from '../../auth/entities/user.entity';
import { License, LicenseStatus } from '../../licensing/entities/license.entity';
import { SessionKind, SessionType } from '../../availability/entities/session-type.entity';
import { WeeklyRule } from '../../availability/entities/weekly-rule.entity';
import { ProfileStatus, SessionFormat, TherapistGender, TherapistProfile } from '../../therapists/entities/therapist-profile.entity';
import { emptyQuery, Facets, rotationKeyOf, SearchEngine, SearchQuery } from './search-engine.port';
import { addDays } from '@rapport/domain';

/**
 * What every SearchEngine must do, run against each engine with real data:
 * the Postgres engine always, Meilisearch where MEILI_HOST names a server.
 */
export interface SearchEngineHarness {
  engine: SearchEngine;
  /** A fresh fork on the engine's database, for arranging data. */
  em(): EntityManager;
  /** The engine clock's day, 'YYYY-MM-DD'. */
  today: string;
  close(): Promise<void>;
}

type Key = 'amelia' | 'benjamin' | 'carmen' | 'dana' | 'harper' | 'suspended' | 'unverified' | 'expired';

interface Fixture {
  status: ProfileStatus;
  displayName: string;
  /** [state, license status, days from today to expiry] */
  licenses: [string, LicenseStatus, number][];
  profile: Partial<TherapistProfile>;
  /** Weekly hours and session types (price in cents); none: cannot be booked, so never listed as accepting. */
  bookable?: { hours: boolean; sessionPrices: number[] };
}

const VERIFIED = LicenseStatus.VERIFIED;
const BROAD = { formats: [SessionFormat.VIDEO], languages: ['en'], specialtyConcerns: ['ANXIETY'], modalities: ['CBT'], feeMinor: 10_000 };

// Five searchable therapists, and three who match everything but must never appear.
const FIXTURES: Record<Key, Fixture> = {
  amelia: {
    status: ProfileStatus.ACTIVE,
    displayName: 'Amelia Hartwell',
    licenses: [['NY', VERIFIED, 800]],
    profile: {
      headline: 'Calm, practical help with worry', formats: [SessionFormat.VIDEO], languages: ['en'], specialtyConcerns: ['ANXIETY'],
      treatedConcerns: ['DEPRESSION'], modalities: ['CBT'], gender: TherapistGender.WOMAN, communities: ['LGBTQ_AFFIRMING'],
      ageGroups: ['ADULTS'], feeMinor: 12_000, insuranceAccepted: ['AETNA'], chargesEnabled: true,
    },
    bookable: { hours: true, sessionPrices: [12_000] },
  },
  benjamin: {
    status: ProfileStatus.ACTIVE,
    displayName: 'Benjamin Okafor',
    licenses: [['NY', VERIFIED, 400], ['NJ', VERIFIED, 400]],
    profile: {
      formats: [SessionFormat.VIDEO, SessionFormat.IN_PERSON], languages: ['en', 'es'], specialtyConcerns: ['DEPRESSION'],
      treatedConcerns: ['ANXIETY'], modalities: ['IPT', 'PSYCHODYNAMIC'], gender: TherapistGender.MAN, communities: ['BIPOC'],
      ageGroups: ['ADULTS', 'OLDER_ADULTS'], feeMinor: 22_000, slidingScaleMinMinor: 9_000, slidingScaleMaxMinor: 18_000,
      acceptsNewClients: false,
    },
  },
  carmen: {
    status: ProfileStatus.ACTIVE,
    displayName: 'Carmen Delgado',
    // Licensed in California; her New York license lapsed yesterday.
    licenses: [['CA', VERIFIED, 300], ['NY', VERIFIED, -1]],
    profile: {
      formats: [SessionFormat.PHONE], languages: ['es'], specialtyConcerns: ['PTSD'], modalities: ['EMDR'], gender: TherapistGender.WOMAN,
      communities: ['IMMIGRANTS'], ageGroups: [], feeMinor: 9_000, insuranceAccepted: ['CIGNA'],
    },
    // Payouts not set up, but a free session can be booked.
    bookable: { hours: true, sessionPrices: [0, 9_000] },
  },
  dana: {
    status: ProfileStatus.ACTIVE,
    displayName: 'Dana Whitfield',
    // The Pennsylvania license is still awaiting review.
    licenses: [['NY', VERIFIED, 0], ['PA', LicenseStatus.SUBMITTED, 500]],
    profile: {
      formats: [SessionFormat.VIDEO], languages: ['en', 'fr'], specialtyConcerns: ['OCD'], modalities: ['ERP'], gender: TherapistGender.NON_BINARY,
      communities: ['TRANS_AND_NONBINARY_AFFIRMING', 'LGBTQ_AFFIRMING'], ageGroups: ['TEENS', 'YOUNG_ADULTS'], feeMinor: 16_000,
      insuranceAccepted: ['AETNA', 'CIGNA'], chargesEnabled: true,
    },
    bookable: { hours: true, sessionPrices: [16_000] },
  },
  harper: {
    status: ProfileStatus.ACTIVE,
    displayName: 'Harper Quinn',
    licenses: [['NY', VERIFIED, 700]],
    profile: {
      formats: [SessionFormat.VIDEO, SessionFormat.PHONE], languages: ['en'], treatedConcerns: ['ANXIETY'], modalities: ['ACT'], gender: null,
      ageGroups: ['ADULTS'], feeMinor: null, slidingScaleMinMinor: 5_000, slidingScaleMaxMinor: 10_000,
    },
    // Says they accept new clients, but their only session is paid and payouts are not set up.
    bookable: { hours: true, sessionPrices: [8_000] },
  },
  suspended: {
    status: ProfileStatus.SUSPENDED,
    displayName: 'Evelyn Marsh',
    licenses: [['NY', VERIFIED, 600]],
    profile: { ...BROAD, suspendedAt: new Date('2026-01-01T00:00:00Z'), suspensionReason: 'Under investigation' },
  },
  unverified: { status: ProfileStatus.PENDING_REVIEW, displayName: 'Frank Pending', licenses: [['NY', LicenseStatus.SUBMITTED, 600]], profile: BROAD },
  // Still ACTIVE because the expiry job has not run yet today; the engine must not wait for it.
  expired: { status: ProfileStatus.ACTIVE, displayName: 'Grace Lapsed', licenses: [['NY', VERIFIED, -1]], profile: BROAD },
};

const SEARCHABLE: Key[] = ['amelia', 'benjamin', 'carmen', 'dana', 'harper'];

export function describeSearchEngineContract(label: string, start: () => Promise<SearchEngineHarness>): void {
  describe(`SearchEngine contract: ${label}`, () => {
    let harness: SearchEngineHarness;
    const ids = {} as Record<Key, string>;
    const keyOf = new Map<string, Key>();
    const find = async (overrides: Partial<SearchQuery>): Promise<Key[]> =>
      (await harness.engine.candidates(emptyQuery(overrides), 100)).map(({ id }) => keyOf.get(id) ?? (id as Key)).sort();

    beforeAll(async () => {
      harness = await start();
      await seed(harness.em(), harness.today, ids);
      for (const [key, id] of Object.entries(ids)) keyOf.set(id, key as Key);
      await harness.engine.sync([...Object.values(ids), randomUUID()]);
    });
    afterAll(() => harness?.close());

    it('lists only active therapists with a verified, unexpired license', async () => {
      expect(await find({})).toEqual([...SEARCHABLE].sort());
    });

    it.each<[string, Partial<SearchQuery>, Key[]]>([
      ['jurisdiction NY (a license lapsed yesterday does not count)', { jurisdiction: 'NY' }, ['amelia', 'benjamin', 'dana', 'harper']],
      ['jurisdiction NJ', { jurisdiction: 'NJ' }, ['benjamin']],
      ['jurisdiction CA', { jurisdiction: 'CA' }, ['carmen']],
      ['jurisdiction PA (license not yet verified)', { jurisdiction: 'PA' }, []],
      ['format IN_PERSON', { formats: ['IN_PERSON'] }, ['benjamin']],
      ['formats PHONE or IN_PERSON', { formats: ['PHONE', 'IN_PERSON'] }, ['benjamin', 'carmen', 'harper']],
      ['language es', { languages: ['es'] }, ['benjamin', 'carmen']],
      ['language fr', { languages: ['fr'] }, ['dana']],
      ['concern ANXIETY, as a specialty or treated', { concerns: ['ANXIETY'] }, ['amelia', 'benjamin', 'harper']],
      ['concerns OCD or PTSD', { concerns: ['OCD', 'PTSD'] }, ['carmen', 'dana']],
      ['modality CBT', { modalities: ['CBT'] }, ['amelia']],
      ['modalities EMDR or ERP', { modalities: ['EMDR', 'ERP'] }, ['carmen', 'dana']],
      ['gender WOMAN', { genders: ['WOMAN'] }, ['amelia', 'carmen']],
      ['genders MAN or NON_BINARY', { genders: ['MAN', 'NON_BINARY'] }, ['benjamin', 'dana']],
      ['community LGBTQ_AFFIRMING', { communities: ['LGBTQ_AFFIRMING'] }, ['amelia', 'dana']],
      ['community BIPOC', { communities: ['BIPOC'] }, ['benjamin']],
      ['age group TEENS (no age groups listed means all ages)', { ageGroup: 'TEENS' }, ['carmen', 'dana']],
      ['age group OLDER_ADULTS', { ageGroup: 'OLDER_ADULTS' }, ['benjamin', 'carmen']],
      ['budget 100.00: fee, or a sliding scale starting within it', { maxFeeMinor: 10_000 }, ['benjamin', 'carmen', 'harper']],
      ['budget 120.00 (inclusive)', { maxFeeMinor: 12_000 }, ['amelia', 'benjamin', 'carmen', 'harper']],
      ['budget 80.00', { maxFeeMinor: 8_000 }, ['harper']],
      ['sliding scale only', { slidingScaleOnly: true }, ['benjamin', 'harper']],
      ['accepting new clients (and bookable: hours, and a free session or payouts)', { acceptingNewClients: true }, ['amelia', 'carmen', 'dana']],
      ['insurance AETNA', { insurance: 'AETNA' }, ['amelia', 'dana']],
      ['insurance CIGNA', { insurance: 'CIGNA' }, ['carmen', 'dana']],
      ['NY + video + anxiety + accepting', { jurisdiction: 'NY', formats: ['VIDEO'], concerns: ['ANXIETY'], acceptingNewClients: true }, ['amelia']],
    ])('narrows by %s', async (_name, overrides, expected) => {
      expect(await find(overrides)).toEqual([...expected].sort());
    });

    it('finds a name with a typo, with a text relevance, and never an unlisted therapist', async () => {
      const [first] = await harness.engine.candidates(emptyQuery({ text: 'Amelia Hartwel' }), 10);
      expect(first).toMatchObject({ id: ids.amelia });
      expect(first.textRelevance).toBeGreaterThan(0);
      expect(first.textRelevance).toBeLessThanOrEqual(1);
      expect(await find({ text: 'Dana Whitfeld' })).toEqual(['dana']);
      expect(await find({ text: 'Evelyn Marsh' })).toEqual([]);
      expect(await find({ text: 'Grace Lapsed' })).toEqual([]);
    });

    it.each<[string, Key[]]>([
      ['ocd', ['dana']],
      ['intrusive thoughts', ['dana']],
      ['flashbacks', ['carmen']],
      ['PTSD', ['carmen']],
      ['eye movement therapy', ['carmen']],
      ['exposure and response prevention', ['dana']],
      ['psychoanalytic', ['benjamin']],
    ])('finds by the words for what therapists list: %j', async (text, expected) => {
      expect(await find({ text })).toEqual([...expected].sort());
    });

    it('agrees with the filters: the words for a concern find whom its filter finds', async () => {
      expect(await find({ text: 'obsessive compulsive' })).toEqual(await find({ concerns: ['OCD'] }));
      const found = await harness.engine.candidates(emptyQuery({ text: 'ocd' }), 10);
      expect(found.map((candidate) => candidate.textRelevance).every((relevance) => relevance > 0)).toBe(true);
    });

    // One rule for text in every engine: a therapist matches when every word of the text matches
    // (name, headline, bio, or the names of what they list; stop words ignored), or their name is
    // close to the text as a whole (pg_trgm similarity >= 0.3), or the text names something they list.
    // A first word matching alone is not enough ("calm" is in Amelia's headline, "bipolar" nowhere).
    it.each<[string, Key[]]>([
      ['calm bipolar', []],
      ['practical help with', ['amelia']],
      ['Hartwell practical', ['amelia']],
      ['practical Okafor', []],
      ['Okafor', ['benjamin']],
      ['Whitfield practical', ['dana']],
    ])('needs every word of %j, or a name match', async (text, expected) => {
      expect(await find({ text })).toEqual([...expected].sort());
    });

    // Past the limit the engine keeps whom the Postgres engine keeps: text relevance, then concern
    // coverage (a specialty counts twice a treated concern), then id — never the engine's own order.
    it.each<[string, Partial<SearchQuery>, number, (ids: Record<Key, string>) => Key[]]>([
      ['a specialty before a treated concern', { concerns: ['DEPRESSION'] }, 1, () => ['benjamin']],
      ['the specialist first, then by id', { concerns: ['ANXIETY'] }, 2, (all) => ['amelia', all.benjamin < all.harper ? 'benjamin' : 'harper']],
      ['by id without concerns', { jurisdiction: 'NY' }, 2, (all) => (['amelia', 'benjamin', 'dana', 'harper'] as Key[]).sort((a, b) => (all[a] < all[b] ? -1 : 1)).slice(0, 2)],
    ])('keeps the same candidates past the limit: %s', async (_name, overrides, limit, expected) => {
      const found = await harness.engine.candidates(emptyQuery(overrides), limit);
      expect(found.map(({ id }) => keyOf.get(id))).toEqual(expected(ids));
    });

    // A rotation turns that id order: from the first id at or past its start, then the lowest.
    it.each<[string, Partial<SearchQuery>, number, (order: Key[]) => { rotation: Key; expected: Key[] }]>([
      ['a state, no scores', { jurisdiction: 'NY' }, 3, (order) => ({ rotation: order[2], expected: [order[2], order[3], order[0]] })],
      ['a state, past the last id', { jurisdiction: 'NY' }, 4, (order) => ({ rotation: order[3], expected: [order[3], order[0], order[1], order[2]] })],
      ['tied on cover', { concerns: ['ANXIETY'] }, 3, (order) => {
        const tied = order.filter((key) => key === 'benjamin' || key === 'harper');
        return { rotation: tied[1], expected: ['amelia', tied[1], tied[0]] };
      }],
    ])('keeps candidates tied past relevance and cover in the rotation\'s order: %s', async (_name, overrides, limit, arrange) => {
      const order = (['amelia', 'benjamin', 'dana', 'harper'] as Key[]).sort((a, b) => (ids[a] < ids[b] ? -1 : 1));
      const { rotation, expected } = arrange(order);
      const found = await harness.engine.candidates(emptyQuery(overrides), limit, rotationKeyOf(ids[rotation]));
      expect(found.map(({ id }) => keyOf.get(id))).toEqual(expected);
    });

    it('reads input normalised once by the query builder (codes, language codes, payer ids, text)', async () => {
      expect(await find({ insurance: '  aetna ', formats: [' video'], languages: ['EN '], jurisdiction: 'ny ' })).toEqual(['amelia', 'dana']);
      expect(await find({ text: '  practical   help ' })).toEqual(['amelia']);
    });

    it('gives no text relevance without text', async () => {
      const candidates = await harness.engine.candidates(emptyQuery(), 100);
      expect(candidates.map((candidate) => candidate.textRelevance)).toEqual(candidates.map(() => 0));
    });

    it('counts each facet over the filtered set', async () => {
      const facets = await harness.engine.facets(emptyQuery({ jurisdiction: 'NY' }));
      const expected: Facets = {
        concern: [{ value: 'ANXIETY', count: 3 }, { value: 'DEPRESSION', count: 2 }, { value: 'OCD', count: 1 }],
        modality: ['ACT', 'CBT', 'ERP', 'IPT', 'PSYCHODYNAMIC'].map((value) => ({ value, count: 1 })),
        language: [{ value: 'en', count: 4 }, { value: 'es', count: 1 }, { value: 'fr', count: 1 }],
        format: [{ value: 'VIDEO', count: 4 }, { value: 'IN_PERSON', count: 1 }, { value: 'PHONE', count: 1 }],
        priceBand: [{ value: '100_TO_149', count: 1 }, { value: '150_TO_199', count: 1 }, { value: '200_PLUS', count: 1 }],
        gender: [{ value: 'MAN', count: 1 }, { value: 'NON_BINARY', count: 1 }, { value: 'WOMAN', count: 1 }],
        community: [{ value: 'LGBTQ_AFFIRMING', count: 2 }, { value: 'BIPOC', count: 1 }, { value: 'TRANS_AND_NONBINARY_AFFIRMING', count: 1 }],
      };
      expect(facets).toEqual(expected);
    });

    it.each<Partial<SearchQuery>>([{}, { jurisdiction: 'NY' }, { jurisdiction: 'NY', acceptingNewClients: true }, { concerns: ['ANXIETY'] }, { maxFeeMinor: 10_000 }, { jurisdiction: 'TX' }, { jurisdiction: 'NY', formats: ['VIDEO'] }, { text: 'Amelia Hartwel' }])(
      'counts exactly the candidates of %j',
      async (overrides) => {
        const query = emptyQuery(overrides);
        const count = (await harness.engine.candidates(query, 100)).length;
        expect(await harness.engine.count(query)).toBe(count);
        // The one-pass total and facets agree with asking for each alone.
        expect(await harness.engine.countAndFacets(query)).toEqual({ total: count, facets: await harness.engine.facets(query) });
      },
    );

    it.each<[Partial<SearchQuery>, number]>([
      [{ jurisdiction: 'NY', concerns: ['ANXIETY'] }, 100],
      [{ jurisdiction: 'NY', concerns: ['DEPRESSION', 'ANXIETY'], formats: ['VIDEO'] }, 2],
      [{ jurisdiction: 'NY', text: 'worry' }, 100],
      [{ jurisdiction: 'NY', text: 'anxiety' }, 1],
      [{ jurisdiction: 'NY', text: 'Amelia Hartwel' }, 100],
      [{ jurisdiction: 'NY' }, 2],
      [{ jurisdiction: 'NY', formats: ['VIDEO'] }, 2],
      [{ jurisdiction: 'NY', maxFeeMinor: 15_000 }, 100],
      [{ jurisdiction: 'NY', acceptingNewClients: true, concerns: ['OCD'] }, 100],
      [{ concerns: ['ANXIETY'] }, 100],
      [{ concerns: ['ANXIETY', 'DEPRESSION'] }, 1],
      [{ text: 'Benjamin Okafr' }, 100],
      [{ text: 'worry' }, 2],
      [{}, 3],
    ])('finds candidates and counts %j together as it finds each alone (limit %d)', async (overrides, limit) => {
      const query = emptyQuery(overrides);
      for (const rotation of [0, rotationKeyOf(ids.benjamin), 0xffff_ffff]) {
        const together = await harness.engine.candidatesAndCounts(query, limit, rotation);
        // The row versions an engine may give with them are checked where it gives them (the Postgres engine's explain spec).
        const candidates = together.candidates.map(({ id, textRelevance }) => ({ id, textRelevance }));
        expect({ ...together, candidates }).toEqual({ candidates: await harness.engine.candidates(query, limit, rotation), ...(await harness.engine.countAndFacets(query)) });
      }
    });

    it('reflects a change once synced, and is safe to sync again', async () => {
      const em = harness.em();
      await em.nativeUpdate(TherapistProfile, { id: ids.amelia }, { status: ProfileStatus.SUSPENDED, suspendedAt: new Date(), suspensionReason: 'Contract test' });
      await harness.engine.sync([ids.amelia]);
      expect(await find({})).not.toContain('amelia');
      await em.nativeUpdate(TherapistProfile, { id: ids.amelia }, { status: ProfileStatus.ACTIVE, suspendedAt: null, suspensionReason: null });
      await harness.engine.sync([ids.amelia, ids.amelia]);
      await harness.engine.sync([ids.amelia]);
      expect(await find({})).toEqual([...SEARCHABLE].sort());
    });
  });
}

async function seed(em: EntityManager, today: string, ids: Record<Key, string>): Promise<void> {
  const run = randomUUID().slice(0, 8);
  const admin = em.create(User, { email: `contract-admin-${run}@example.com`, passwordHash: 'x', role: Role.ADMIN });
  let number = 0;
  for (const [key, fixture] of Object.entries(FIXTURES) as [Key, Fixture][]) {
    const user = em.create(User, { email: `contract-${key}-${run}@example.com`, passwordHash: 'x', role: Role.THERAPIST });
    const profile = em.create(TherapistProfile, { user, status: fixture.status, displayName: fixture.displayName, ...fixture.profile });
    for (const [jurisdiction, status, days] of fixture.licenses) {
      em.create(License, {
        therapist: profile,
        licenseType: 'LPC',
        number: `C-${run}-${++number}`,
        jurisdiction,
        expiresOn: addDays(today, days),
        status,
        ...(status === VERIFIED ? { reviewedBy: admin, reviewedAt: new Date() } : {}),
      });
    }
    if (fixture.bookable?.hours) em.create(WeeklyRule, { therapist: profile, weekday: 3, startMinute: 9 * 60, endMinute: 12 * 60 });
    for (const priceMinor of fixture.bookable?.sessionPrices ?? []) {
      em.create(SessionType, {
        therapist: profile,
        name: priceMinor === 0 ? 'Free consultation' : 'Session',
        kind: priceMinor === 0 ? SessionKind.CONSULTATION : SessionKind.INDIVIDUAL,
        durationMinutes: priceMinor === 0 ? 15 : 50,
        priceMinor,
        formats: fixture.profile.formats ?? [SessionFormat.VIDEO],
      });
    }
    ids[key] = profile.id;
  }
  await em.flush();
}

