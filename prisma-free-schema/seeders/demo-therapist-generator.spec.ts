import { deriveProfileStatus, npiProblem } from '@rapport/domain';
import {
  evidenceFor,
  isAgeGroupCode,
  isCommunityCode,
  isConcernCode,
  isJurisdictionCode,
  isLanguageCode,
  isLicenseTypeCode,
  isModalityCode,
} from '@rapport/taxonomy';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { demoLicenseNumber, demoNpi } from './demo-therapist-licenses';
import { COMMON_CONCERNS, EXTRA_LANGUAGES, GENERAL_MODALITIES, PRACTICE_FOCUSES } from './demo-therapist-practice';
import { generateDemoTherapist, generateDemoTherapists, type DemoTherapistRecord } from './demo-therapist-generator';

const TODAY = '2026-11-25';
const demo = generateDemoTherapists({ count: 200, today: TODAY });
const many = generateDemoTherapists({ count: 3000, today: TODAY });

const share = (records: DemoTherapistRecord[], test: (record: DemoTherapistRecord) => boolean) =>
  records.filter(test).length / records.length;

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
