import {
  computeOpenSlots,
  deriveProfileStatus,
  formatLocalTime,
  isValidTimeZone,
  npiProblem,
  validateSlotSettings,
  validateWeeklyRules,
  type WeeklyRule,
} from '@rapport/domain';
import {
  evidenceFor,
  findJurisdiction,
  isAgeGroupCode,
  isCommunityCode,
  isConcernCode,
  isJurisdictionCode,
  isLanguageCode,
  isLicenseTypeCode,
  isModalityCode,
} from '@rapport/taxonomy';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { COUPLES_CONCERNS, FAMILY_CONCERNS } from './demo-therapist-calendar';
import { demoLicenseNumber, demoNpi } from './demo-therapist-licenses';
import { COMMON_CONCERNS, EXTRA_LANGUAGES, GENERAL_MODALITIES, PRACTICE_FOCUSES } from './demo-therapist-practice';
import { generateDemoTherapist, generateDemoTherapists, type DemoTherapistRecord } from './demo-therapist-generator';

const TODAY = '2026-11-25';
const demo = generateDemoTherapists({ count: 200, today: TODAY });
const many = generateDemoTherapists({ count: 3000, today: TODAY });

const share = (records: DemoTherapistRecord[], test: (record: DemoTherapistRecord) => boolean) =>
  records.filter(test).length / records.length;
const kindsOf = (record: DemoTherapistRecord) => record.sessionTypes.map((sessionType) => sessionType.kind);
const weekdaysOf = (record: DemoTherapistRecord) => new Set(record.weeklyRules.map((rule) => rule.weekday));
/** A fixed clock for slot checks: the demo's today, mid-morning in New York. */
const NOW = new Date(`${TODAY}T15:00:00.000Z`);

describe('demo therapist generator', () => {
  it('is deterministic: the same seed and today give the same therapists', () => {
    expect(generateDemoTherapists({ count: 200, today: TODAY })).toEqual(demo);
    const otherSeed = generateDemoTherapists({ count: 200, today: TODAY, seed: 7 });
    expect(otherSeed.map((record) => record.displayName)).not.toEqual(demo.map((record) => record.displayName));
  });

  it('gives a prefix of a larger run for a smaller count, and the same therapist N from any starting point', () => {
    expect(many.slice(0, 200)).toEqual(demo);
    expect(generateDemoTherapists({ count: 50, today: TODAY })).toEqual(demo.slice(0, 50));
    expect(generateDemoTherapists({ count: 100, firstNumber: 101, today: TODAY })).toEqual(demo.slice(100, 200));
    expect(generateDemoTherapist(2500, { today: TODAY })).toEqual(many[2499]);
  });

  it('uses only taxonomy codes, without duplicates', () => {
    expect(many.flatMap(taxonomyProblemsOf)).toEqual([]);
  });

  it('keeps the data files to taxonomy codes', () => {
    const concerns = [...COMMON_CONCERNS, ...PRACTICE_FOCUSES.flatMap((focus) => focus.concerns)];
    const modalities = [...GENERAL_MODALITIES.map(([code]) => code), ...PRACTICE_FOCUSES.flatMap((focus) => focus.modalities)];
    expect(concerns.filter((code) => !isConcernCode(code))).toEqual([]);
    expect(modalities.filter((code) => !isModalityCode(code))).toEqual([]);
    expect(PRACTICE_FOCUSES.flatMap((focus) => focus.communities).filter((code) => !isCommunityCode(code))).toEqual([]);
    expect(EXTRA_LANGUAGES.map((language) => language.code).filter((code) => !isLanguageCode(code))).toEqual([]);
  });

  it('satisfies every database check and the profile form rules', () => {
    expect(many.flatMap(constraintProblemsOf)).toEqual([]);
  });

  it('gives 1–2 licenses in different states with valid NPIs, and no license twice across 3,000 therapists', () => {
    const keys = new Set<string>();
    for (const record of many) {
      expect(record.licenses.length).toBeGreaterThanOrEqual(1);
      expect(record.licenses.length).toBeLessThanOrEqual(2);
      expect(new Set(record.licenses.map((license) => license.jurisdiction)).size).toBe(record.licenses.length);
      for (const license of record.licenses) {
        if (license.npi !== null) expect(npiProblem(license.npi)).toBeNull();
        expect(license.npi).toBe(record.licenses[0].npi);
        keys.add(`${license.licenseType}|${license.number.toUpperCase()}|${license.jurisdiction}`);
      }
    }
    expect(keys.size).toBe(many.reduce((total, record) => total + record.licenses.length, 0));
    expect(new Set(many.map((record) => record.email)).size).toBe(many.length);
  });

  it('keeps license numbers and NPIs unique at benchmark scale (100,000 therapists)', () => {
    const numbers = new Set<string>();
    const npis = new Set<string>();
    for (let number = 1; number <= 100_000; number++) {
      numbers.add(demoLicenseNumber(number, 0)).add(demoLicenseNumber(number, 1));
      npis.add(demoNpi(number));
    }
    expect(numbers.size).toBe(200_000);
    expect(npis.size).toBe(100_000);
    expect(npiProblem(demoNpi(99_999))).toBeNull();
  });

  it('has the demo status mix: most ACTIVE, 8% pending review, 4% expired (DRAFT), a couple suspended', () => {
    const counts = { ACTIVE: 0, PENDING_REVIEW: 0, DRAFT: 0, SUSPENDED: 0 };
    for (const record of demo) counts[record.status]++;
    expect(counts).toEqual({ ACTIVE: 174, PENDING_REVIEW: 16, DRAFT: 8, SUSPENDED: 2 });
  });

  it('stores the status deriveProfileStatus computes, backed by matching license facts', () => {
    for (const record of many) {
      const derived = deriveProfileStatus({ suspended: record.suspendedAt !== null, licenses: record.licenses, today: TODAY });
      expect(record.status).toBe(derived);
      const statuses = record.licenses.map((license) => license.status);
      if (record.status === 'ACTIVE' || record.status === 'SUSPENDED') {
        expect(statuses.every((status) => status === 'VERIFIED')).toBe(true);
        expect(record.licenses.every((license) => license.expiresOn >= TODAY && license.reviewedAt !== null)).toBe(true);
      }
      if (record.status === 'PENDING_REVIEW') {
        expect(record.licenses.every((license) => license.status === 'SUBMITTED' && license.reviewedAt === null)).toBe(true);
      }
      if (record.status === 'DRAFT') {
        expect(record.licenses.every((license) => license.status === 'EXPIRED' && license.expiresOn < TODAY)).toBe(true);
      }
    }
  });

  it('dates everything before today, in a sensible order', () => {
    const midnight = `${TODAY}T00:00:00.000Z`;
    for (const record of many) {
      expect(record.createdAt < midnight).toBe(true);
      expect(record.updatedAt >= record.createdAt && record.updatedAt < midnight).toBe(true);
      if (record.suspendedAt !== null) expect(record.suspendedAt < midnight).toBe(true);
      for (const license of record.licenses) {
        expect(license.submittedAt >= record.createdAt && license.submittedAt < midnight).toBe(true);
        if (license.reviewedAt !== null) expect(license.reviewedAt > license.submittedAt && license.reviewedAt < midnight).toBe(true);
      }
    }
  });

  it('licenses the demo in at least 6 states, most often the populous ones', () => {
    const states = new Set(demo.flatMap((record) => record.licenses.map((license) => license.jurisdiction)));
    expect(states.size).toBeGreaterThanOrEqual(6);
    expect([...states]).toEqual(expect.arrayContaining(['NY', 'CA', 'TX', 'FL']));
  });

  it('makes therapist 1 the known demo login: ACTIVE, licensed in New York, accepting new clients', () => {
    const [first] = demo;
    expect(first.email).toBe(DEMO_ACCOUNTS.therapist.email);
    expect(first.timeZone).toBe(DEMO_ACCOUNTS.therapist.timeZone);
    expect(first.status).toBe('ACTIVE');
    expect(first.licenses[0].jurisdiction).toBe('NY');
    expect(first.acceptsNewClients).toBe(true);
  });

  it('offers an evidence-based therapy for every specialty that has one', () => {
    const missing = many.flatMap((record) =>
      record.specialtyConcerns
        .filter((concern) => evidenceFor(concern).length > 0)
        .filter((concern) => !evidenceFor(concern).some((link) => record.modalities.includes(link.modality)))
        .map((concern) => `${record.number}: ${concern}`),
    );
    expect(missing).toEqual([]);
  });

  it('has realistic shares of new-client availability, sliding scales, formats and languages', () => {
    expect(share(many, (record) => record.acceptsNewClients)).toBeCloseTo(0.85, 1);
    expect(share(many, (record) => record.slidingScaleMinMinor !== null)).toBeCloseTo(0.35, 1);
    expect(share(many, (record) => record.formats.includes('VIDEO'))).toBeGreaterThan(0.85);
    expect(share(many, (record) => record.formats.includes('IN_PERSON'))).toBeGreaterThan(0.2);
    expect(share(many, (record) => record.formats.includes('PHONE'))).toBeGreaterThan(0.1);
    expect(share(many, (record) => record.languages.length === 1)).toBeGreaterThan(0.65);
    expect(share(many, (record) => record.languages.includes('es'))).toBeGreaterThan(0.08);
    const languages = new Set(many.flatMap((record) => record.languages));
    expect([...languages]).toEqual(expect.arrayContaining(['es', 'zh', 'vi', 'ko', 'ru', 'ar', 'fr', 'ht', 'ase']));
    expect(share(many, (record) => record.insuranceAccepted.length > 0)).toBeGreaterThan(0.3);
  });

  it('gives every therapist booking settings, at least one weekly window and an INDIVIDUAL session type', () => {
    for (const record of many) {
      expect(record.bookingSettings).toBeDefined();
      expect(record.weeklyRules.length).toBeGreaterThan(0);
      expect(kindsOf(record)).toContain('INDIVIDUAL');
    }
  });

  it('keeps calendars to the booking_settings, weekly_rules and session_types checks and the app validators', () => {
    expect(many.flatMap(calendarProblemsOf)).toEqual([]);
  });

  it('draws calendars deterministically, from the therapist seed and number alone', () => {
    const calendarOf = ({ bookingSettings, weeklyRules, sessionTypes }: DemoTherapistRecord) => ({ bookingSettings, weeklyRules, sessionTypes });
    expect(generateDemoTherapists({ count: 200, today: TODAY }).map(calendarOf)).toEqual(demo.map(calendarOf));
    expect(generateDemoTherapist(2_999, { today: TODAY }).weeklyRules).toEqual(many[2_998].weeklyRules);
    const otherSeed = generateDemoTherapists({ count: 200, today: TODAY, seed: 7 });
    expect(otherSeed.map((record) => record.weeklyRules)).not.toEqual(demo.map((record) => record.weeklyRules));
  });

  it('prices and formats session types from the profile: consultations free, intakes $20–40 above the fee', () => {
    for (const record of many) {
      const byKind = new Map(record.sessionTypes.map((sessionType) => [sessionType.kind, sessionType]));
      expect(byKind.get('INDIVIDUAL')).toMatchObject({ durationMinutes: 50, priceMinor: record.feeMinor, formats: record.formats });
      const consultation = byKind.get('CONSULTATION');
      if (consultation) {
        expect(consultation).toMatchObject({ durationMinutes: 15, priceMinor: 0 });
        expect(consultation.formats.every((format) => format === 'VIDEO' || format === 'PHONE')).toBe(true);
      }
      const intake = byKind.get('INTAKE');
      if (intake) {
        expect(intake).toMatchObject({ durationMinutes: 60, formats: record.formats });
        expect(intake.priceMinor - record.feeMinor).toBeGreaterThanOrEqual(2_000);
        expect(intake.priceMinor - record.feeMinor).toBeLessThanOrEqual(4_000);
      }
      // Couples and family sessions exactly for those specialties.
      const couples = record.specialtyConcerns.some((concern) => COUPLES_CONCERNS.includes(concern));
      const family = record.specialtyConcerns.some((concern) => FAMILY_CONCERNS.includes(concern));
      expect(byKind.has('COUPLES')).toBe(couples);
      expect(byKind.has('FAMILY')).toBe(family);
      for (const joint of [byKind.get('COUPLES'), byKind.get('FAMILY')]) {
        if (joint) expect(joint).toMatchObject({ durationMinutes: 75, formats: record.formats });
        if (joint) expect(joint.priceMinor).toBeGreaterThan(record.feeMinor);
      }
    }
  });

  it('has realistic weeks, settings and session-type shares', () => {
    const workdays = (record: DemoTherapistRecord) => [...weekdaysOf(record)].filter((weekday) => weekday <= 5).length;
    expect(share(many, (record) => workdays(record) >= 4)).toBeGreaterThan(0.75);
    expect(share(many, (record) => workdays(record) >= 3)).toBe(1);
    // Two windows on some day (a lunch break or an evening), evenings until 20:00 or later, Saturday mornings.
    expect(share(many, (record) => record.weeklyRules.length > weekdaysOf(record).size)).toBeGreaterThan(0.5);
    const evenings = share(many, (record) => record.weeklyRules.some((rule) => rule.startMinute >= 17 * 60 && rule.endMinute >= 20 * 60));
    expect(evenings).toBeGreaterThan(0.15);
    expect(evenings).toBeLessThan(0.45);
    const saturdays = share(many, (record) => weekdaysOf(record).has(6));
    expect(saturdays).toBeGreaterThan(0.05);
    expect(saturdays).toBeLessThan(0.2);
    expect(share(many, (record) => weekdaysOf(record).has(7))).toBe(0);
    expect(share(many, (record) => kindsOf(record).includes('CONSULTATION'))).toBeCloseTo(0.6, 1);
    expect(share(many, (record) => kindsOf(record).includes('INTAKE'))).toBeCloseTo(0.5, 1);
    const joint = share(many, (record) => kindsOf(record).some((kind) => kind === 'COUPLES' || kind === 'FAMILY'));
    expect(joint).toBeGreaterThan(0.1);
    expect(joint).toBeLessThan(0.35);
    expect(share(many, (record) => record.bookingSettings.maxSessionsPerDay === null)).toBeCloseTo(0.55, 1);
    expect(share(many, (record) => record.bookingSettings.bufferAfterMinutes === 15)).toBeCloseTo(0.2, 1);
    expect(share(many, (record) => record.bookingSettings.slotStepMinutes === 60)).toBeCloseTo(0.4, 1);
  });

  it('sets the demo login up with a consultation and an intake besides individual sessions', () => {
    expect(kindsOf(demo[0])).toEqual(expect.arrayContaining(['INDIVIDUAL', 'CONSULTATION', 'INTAKE']));
    expect(demo[0].bookingSettings.timeZone).toBe(DEMO_ACCOUNTS.therapist.timeZone);
  });

  it('opens slots for every session type of every therapist within 14 days (the slot engine, fixed now)', () => {
    const withoutSlots: string[] = [];
    for (const record of many) {
      const { timeZone, updatedAt: _updatedAt, ...settings } = record.bookingSettings;
      const rules = record.weeklyRules.map((rule) => toDomainRule(rule));
      for (const sessionType of record.sessionTypes) {
        const slots = computeOpenSlots({
          now: NOW,
          timeZone,
          rules,
          overrides: [],
          settings,
          busy: [],
          durationMinutes: sessionType.durationMinutes,
          from: NOW,
          to: new Date(NOW.getTime() + 14 * 86_400_000),
        });
        if (slots.length === 0) withoutSlots.push(`#${record.number} ${sessionType.kind}`);
      }
    }
    expect(withoutSlots).toEqual([]);
  });

  it('refuses a malformed today and numbers past the unique-license range', () => {
    expect(() => generateDemoTherapists({ count: 1, today: '25/11/2026' })).toThrow(/YYYY-MM-DD/);
    expect(() => generateDemoTherapists({ count: 2, firstNumber: 4_999_999, today: TODAY })).toThrow(/stop at number/);
    expect(() => generateDemoTherapists({ count: 1, firstNumber: 0, today: TODAY })).toThrow(/start at 1/);
  });
});

/** Each code list that holds something outside the taxonomy, or a duplicate. */
function taxonomyProblemsOf(record: DemoTherapistRecord): string[] {
  const lists: [string, string[], (code: unknown) => boolean][] = [
    ['specialtyConcerns', record.specialtyConcerns, isConcernCode],
    ['treatedConcerns', record.treatedConcerns, isConcernCode],
    ['modalities', record.modalities, isModalityCode],
    ['languages', record.languages, isLanguageCode],
    ['ageGroups', record.ageGroups, isAgeGroupCode],
    ['communities', record.communities, isCommunityCode],
    ['jurisdictions', record.licenses.map((license) => license.jurisdiction), isJurisdictionCode],
    ['formats', record.formats, (code) => ['VIDEO', 'IN_PERSON', 'PHONE'].includes(code as string)],
  ];
  const problems = lists.flatMap(([name, codes, isCode]) => [
    ...codes.filter((code) => !isCode(code)).map((code) => `${name} has unknown ${code}`),
    ...(new Set(codes).size === codes.length ? [] : [`${name} has duplicates`]),
  ]);
  for (const license of record.licenses) if (!isLicenseTypeCode(license.licenseType)) problems.push(`license type ${license.licenseType}`);
  if (!['WOMAN', 'MAN', 'NON_BINARY'].includes(record.gender)) problems.push(`gender ${record.gender}`);
  return problems.map((problem) => `#${record.number}: ${problem}`);
}

/** The table's check constraints and the profile form's rules (apply-profile-changes.ts, the input DTO), as broken rules. */
function constraintProblemsOf(record: DemoTherapistRecord): string[] {
  const { slidingScaleMinMinor: min, slidingScaleMaxMinor: max } = record;
  const inPerson = record.formats.includes('IN_PERSON');
  const officeFields = [record.officeAddress, record.officeLatitude, record.officeLongitude];
  const sentences = record.bio.match(/[.!?](\s|$)/g)?.length ?? 0;
  const rules: [string, boolean][] = [
    ['1–3 specialties', record.specialtyConcerns.length >= 1 && record.specialtyConcerns.length <= 3],
    ['3–10 treated concerns', record.treatedConcerns.length >= 3 && record.treatedConcerns.length <= 10],
    ['specialties and treated concerns disjoint', record.treatedConcerns.every((code) => !record.specialtyConcerns.includes(code))],
    ['2–15 modalities', record.modalities.length >= 2 && record.modalities.length <= 15],
    ['English first', record.languages[0] === 'en'],
    ['some format and age group', record.formats.length > 0 && record.ageGroups.length > 0],
    ['fee $90–$250 in $5 steps', record.feeMinor % 500 === 0 && record.feeMinor >= 9_000 && record.feeMinor <= 25_000],
    ['sliding scale both or neither', (min === null) === (max === null)],
    ['sliding scale $40 ≤ min ≤ max ≤ fee', min === null || max === null || (min >= 4_000 && min <= max && max <= record.feeMinor)],
    ['sliding scale in $5 steps', (min ?? 0) % 500 === 0 && (max ?? 0) % 500 === 0],
    ['office exactly when in person', officeFields.every((value) => (value !== null) === inPerson)],
    ['coordinates in range', !inPerson || (Math.abs(record.officeLatitude!) <= 90 && Math.abs(record.officeLongitude!) <= 180)],
    ['office in the first license state', !inPerson || record.officeAddress!.endsWith(`, ${record.licenses[0].jurisdiction}`)],
    ['years in practice 1–70', record.yearsInPractice >= 1 && record.yearsInPractice <= 70],
    ['suspension reason exactly when suspended', (record.suspensionReason !== null) === (record.status === 'SUSPENDED')],
    ['no photo', record.photoUrl === null],
    ['display name 2–80 characters', record.displayName.length >= 2 && record.displayName.length <= 80],
    ['headline at most 120 characters', record.headline.length <= 120],
    ['bio of 2–4 sentences', sentences >= 2 && sentences <= 4],
    ['no template leftovers', !/undefined|null|NaN| {2}/.test(record.headline + record.bio)],
  ];
  return rules.filter(([, holds]) => !holds).map(([rule]) => `#${record.number}: ${rule}`);
}

/** A stored weekly rule as the schedule loader hands it to the slot engine. */
function toDomainRule(rule: DemoTherapistRecord['weeklyRules'][number]): WeeklyRule {
  return { weekday: rule.weekday, startLocal: formatLocalTime(rule.startMinute), endLocal: formatLocalTime(rule.endMinute) };
}

/** booking_settings, weekly_rules and session_types checks, the app's validators and the seeding brief, as broken rules. */
function calendarProblemsOf(record: DemoTherapistRecord): string[] {
  const { bookingSettings: settings, weeklyRules: rules, sessionTypes } = record;
  const midnight = `${TODAY}T00:00:00.000Z`;
  const kinds = sessionTypes.map((sessionType) => sessionType.kind);
  const sortedRules = [...rules].sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute);
  const checks: [string, boolean][] = [
    ['zone of the first license state', settings.timeZone === findJurisdiction(record.licenses[0].jurisdiction)?.timeZone],
    ['zone as the account', settings.timeZone === record.timeZone && isValidTimeZone(settings.timeZone)],
    ['settings pass validateSlotSettings', validateSlotSettings({ ...settings }).length === 0],
    ['no buffer before', settings.bufferBeforeMinutes === 0],
    ['buffer after 10 or 15', [10, 15].includes(settings.bufferAfterMinutes)],
    ['notice 12–48 h', settings.minimumNoticeMinutes >= 720 && settings.minimumNoticeMinutes <= 2_880],
    ['horizon 30–90 days', settings.horizonDays >= 30 && settings.horizonDays <= 90],
    ['no cap or 5–8 a day', settings.maxSessionsPerDay === null || (settings.maxSessionsPerDay >= 5 && settings.maxSessionsPerDay <= 8)],
    ['slot step 30 or 60', [30, 60].includes(settings.slotStepMinutes)],
    ['settings updated after sign-up, before today', settings.updatedAt > record.createdAt && settings.updatedAt < midnight],
    ['whole weekdays 1–7', rules.every((rule) => Number.isInteger(rule.weekday) && rule.weekday >= 1 && rule.weekday <= 7)],
    ['0 ≤ start < end ≤ 1440', rules.every((rule) => rule.startMinute >= 0 && rule.startMinute < rule.endMinute && rule.endMinute <= 1440)],
    ['windows of at least 90 minutes', rules.every((rule) => rule.endMinute - rule.startMinute >= 90)],
    ['no overlaps (validateWeeklyRules)', validateWeeklyRules(rules.map(toDomainRule)).length === 0],
    ['rules sorted', rules.every((rule, index) => rule === sortedRules[index])],
    ['one INDIVIDUAL first', kinds[0] === 'INDIVIDUAL' && kinds.filter((kind) => kind === 'INDIVIDUAL').length === 1],
    ['no kind twice', new Set(kinds).size === kinds.length],
    ['durations 15–240', sessionTypes.every((type) => type.durationMinutes >= 15 && type.durationMinutes <= 240)],
    ['prices 0–10,000,000 in whole cents', sessionTypes.every((type) => Number.isInteger(type.priceMinor) && type.priceMinor >= 0 && type.priceMinor <= 10_000_000)],
    ['consultations free', sessionTypes.every((type) => type.kind !== 'CONSULTATION' || type.priceMinor === 0)],
    ['paid sessions cost something', sessionTypes.every((type) => type.kind === 'CONSULTATION' || type.priceMinor > 0)],
    ['some formats, known, no duplicates', sessionTypes.every((type) => type.formats.length > 0 && new Set(type.formats).size === type.formats.length && type.formats.every((format) => ['VIDEO', 'IN_PERSON', 'PHONE'].includes(format)))],
    ['names 2–80 characters', sessionTypes.every((type) => type.name.length >= 2 && type.name.length <= 80 && type.name.trim() === type.name)],
    ['created after sign-up, in order, before the settings', sessionTypes.every((type, index) => type.createdAt > record.createdAt && type.createdAt < settings.updatedAt && (index === 0 || type.createdAt > sessionTypes[index - 1].createdAt))],
  ];
  return checks.filter(([, holds]) => !holds).map(([rule]) => `#${record.number}: ${rule}`);
}
