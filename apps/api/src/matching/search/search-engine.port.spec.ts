import { byIdInRotation, emptyQuery, rotationFor, rotationKeyOf, rotationStartId } from './search-engine.port';

// Input is normalised once, here, for every engine (the Postgres engine's SQL and Meilisearch's filter read the result).
describe('emptyQuery normalises input once for every engine', () => {
  it('trims and upper-cases codes, lower-cases language codes and payer ids, drops blanks and repeats, collapses text', () => {
    expect(
      emptyQuery({
        jurisdiction: ' ny ',
        formats: ['video', ' VIDEO', ''],
        languages: [' EN', 'es ', 'en'],
        concerns: ['anxiety ', '  '],
        modalities: ['cbt'],
        genders: ['woman'],
        communities: ['bipoc'],
        ageGroup: ' adults',
        insurance: '  Blue Cross  ',
        text: '  amelia \t  hartwell ',
      }),
    ).toEqual({
      jurisdiction: 'NY',
      formats: ['VIDEO'],
      languages: ['en', 'es'],
      concerns: ['ANXIETY'],
      modalities: ['CBT'],
      genders: ['WOMAN'],
      communities: ['BIPOC'],
      ageGroup: 'ADULTS',
      maxFeeMinor: null,
      slidingScaleOnly: false,
      acceptingNewClients: false,
      insurance: 'blue cross',
      text: 'amelia hartwell',
    });
  });

  it('turns blanks into "no filter"', () => {
    expect(emptyQuery({ jurisdiction: '  ', ageGroup: '', insurance: '   ', text: ' \n ' })).toMatchObject({ jurisdiction: null, ageGroup: null, insurance: null, text: null });
  });
});

describe('the rotation of candidates tied past relevance and cover', () => {
  const ids = ['0a000000-0000-4000-8000-000000000000', '5f000000-0000-4000-8000-000000000000', '5f000001-0000-4000-8000-000000000000', 'ff000000-0000-4000-8000-000000000000'];

  it('starts at the first id whose leading 32 bits reach it, and wraps around to the lowest', () => {
    expect([...ids].reverse().sort(byIdInRotation(0x5f000001))).toEqual([ids[2], ids[3], ids[0], ids[1]]);
    expect([...ids].reverse().sort(byIdInRotation(0x5f000000))).toEqual([ids[1], ids[2], ids[3], ids[0]]);
    expect([...ids].reverse().sort(byIdInRotation(0))).toEqual(ids);
    expect([...ids].reverse().sort(byIdInRotation(0xffffffff))).toEqual(ids);
  });

  it('agrees with the number a document keeps (rotationKey): an id comes at or past the start exactly when its key does', () => {
    const start = rotationStartId(0x5f000001);
    expect(start).toBe('5f000001-0000-0000-0000-000000000000');
    for (const id of ids) expect(id >= start).toBe(rotationKeyOf(id) >= 0x5f000001);
    expect(rotationKeyOf('ffffffff-ffff-4fff-bfff-ffffffffffff')).toBe(0xffffffff);
    expect(() => rotationKeyOf('not-a-uuid')).toThrow(RangeError);
    expect(() => rotationStartId(2 ** 32)).toThrow(RangeError);
    expect(() => rotationStartId(-1)).toThrow(RangeError);
  });

  it('turns with the fairness seed: stable for one seed, spread over the whole range across seeds', () => {
    expect(rotationFor('2026-12-01:anonymous')).toBe(rotationFor('2026-12-01:anonymous'));
    const rotations = Array.from({ length: 2_000 }, (_, day) => rotationFor(`day ${day}:anonymous`));
    expect(new Set(rotations).size).toBe(rotations.length);
    for (const rotation of rotations) expect(Number.isInteger(rotation) && rotation >= 0 && rotation <= 0xffffffff).toBe(true);
    // Each sixteenth of the range holds about 1/16 of them (125 expected).
    const sixteenths = new Array(16).fill(0);
    for (const rotation of rotations) sixteenths[Math.floor(rotation / 2 ** 28)] += 1;
    expect(Math.min(...sixteenths)).toBeGreaterThan(80);
    expect(Math.max(...sixteenths)).toBeLessThan(170);
  });
});
