import { dateNumber, priceBandOf, SearchableProfile, toSearchDocument } from './search-document';

const PROFILE: SearchableProfile = {
  id: '7d0f2a52-2f1e-4d8e-9a57-0c1f7b0c2b11',
  status: 'ACTIVE',
  displayName: 'Amelia Hartwell',
  headline: 'Calm, practical help',
  bio: 'I work with adults.',
  formats: ['VIDEO'],
  languages: ['en', 'es'],
  specialtyConcerns: ['ANXIETY', 'PANIC'],
  treatedConcerns: ['DEPRESSION'],
  modalities: ['CBT', 'NOT_A_MODALITY'],
  gender: 'WOMAN',
  communities: ['LGBTQ_AFFIRMING'],
  ageGroups: [],
  feeMinor: 15_000,
  slidingScaleMinMinor: null,
  acceptsNewClients: true,
  insuranceAccepted: [' Aetna ', 'aetna', 'Blue Cross', ''],
  // Kept on file from when she saw people in person; she now offers video only.
  officeAddress: '12 Elm St, Brooklyn, NY',
  officeLatitude: 40.6782,
  officeLongitude: -73.9442,
};

describe('toSearchDocument', () => {
  it('keeps the filterable facts, taxonomy names for text, and lower-cased insurance', () => {
    const document = toSearchDocument(PROFILE, [], '2026-11-25');
    expect(document).toMatchObject({
      id: PROFILE.id,
      status: 'ACTIVE',
      displayName: 'Amelia Hartwell',
      concerns: ['ANXIETY', 'PANIC', 'DEPRESSION'],
      specialtyConcerns: ['ANXIETY', 'PANIC'],
      concernNames: ['Anxiety and worry', 'Panic attacks', 'Depression'],
      modalityNames: ['Cognitive behavioral therapy'],
      formats: ['VIDEO'],
      ageGroups: [],
      feeMinor: 15_000,
      slidingScaleMinMinor: null,
      priceBand: '150_TO_199',
      insurance: ['aetna', 'blue cross'],
    });
  });

  it.each([
    ['only verified, unexpired licenses make a state', [
      { jurisdiction: 'NY', status: 'VERIFIED', expiresOn: '2027-03-31' },
      { jurisdiction: 'NJ', status: 'SUBMITTED', expiresOn: '2028-01-01' },
      { jurisdiction: 'CA', status: 'VERIFIED', expiresOn: '2026-11-24' },
      { jurisdiction: 'TX', status: 'REJECTED', expiresOn: '2029-01-01' },
    ], ['NY'], { NY: 20270331 }, 20270331],
    ['a license expiring today still counts; the latest per state wins', [
      { jurisdiction: 'NY', status: 'VERIFIED', expiresOn: '2026-11-25' },
      { jurisdiction: 'NY', status: 'VERIFIED', expiresOn: '2028-06-30' },
      { jurisdiction: 'PA', status: 'VERIFIED', expiresOn: '2026-11-25' },
    ], ['NY', 'PA'], { NY: 20280630, PA: 20261125 }, 20280630],
    ['no verified license', [{ jurisdiction: 'NY', status: 'EXPIRED', expiresOn: '2025-01-01' }], [], {}, null],
  ])('%s', (_name, licenses, jurisdictions, licensedThrough, licensedUntil) => {
    expect(toSearchDocument(PROFILE, licenses, '2026-11-25')).toMatchObject({ jurisdictions, licensedThrough, licensedUntil });
  });

  it('never carries anything but public profile facts', () => {
    expect(Object.keys(toSearchDocument(PROFILE, [], '2026-11-25')).sort()).toEqual([
      'acceptsNewClients', 'ageGroups', 'bio', 'communities', 'concernNames', 'concerns', 'displayName', 'feeMinor', 'formats',
      'gender', 'headline', 'id', 'insurance', 'jurisdictions', 'languages', 'licensedThrough', 'licensedUntil', 'modalities',
      'modalityNames', 'office', 'priceBand', 'rotationKey', 'slidingScaleMinMinor', 'specialtyConcerns', 'status', 'treatedConcerns',
    ]);
  });

  it.each([
    ['video only: the office on file stays out of the index', ['VIDEO'], null],
    ['phone only', ['PHONE'], null],
    ['in person: the office is public', ['VIDEO', 'IN_PERSON'], { address: '12 Elm St, Brooklyn, NY', latitude: 40.6782, longitude: -73.9442 }],
  ])('%s', (_case, formats, office) => {
    const document = toSearchDocument({ ...PROFILE, formats }, [], '2026-11-25');
    expect(document.office).toEqual(office);
    if (office === null) expect(JSON.stringify(document)).not.toMatch(/Elm St|40\.6782|73\.9442/);
  });

  it('has no office for an in-person therapist whose office is incomplete', () => {
    expect(toSearchDocument({ ...PROFILE, formats: ['IN_PERSON'], officeLatitude: null }, [], '2026-11-25').office).toBeNull();
  });
});

describe('priceBandOf', () => {
  it.each([
    [null, null],
    [0, 'UNDER_100'],
    [9_999, 'UNDER_100'],
    [10_000, '100_TO_149'],
    [14_999, '100_TO_149'],
    [15_000, '150_TO_199'],
    [19_999, '150_TO_199'],
    [20_000, '200_PLUS'],
    [10_000_000, '200_PLUS'],
  ])('%p → %p (the bands of the Postgres engine)', (fee, band) => {
    expect(priceBandOf(fee)).toBe(band);
  });
});

describe('dateNumber', () => {
  it('turns a calendar date into a comparable number', () => {
    expect(dateNumber('2026-11-25')).toBe(20261125);
    expect(dateNumber('2027-01-01')).toBeGreaterThan(dateNumber('2026-12-31'));
  });
});
