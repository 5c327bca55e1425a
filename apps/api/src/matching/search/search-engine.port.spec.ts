import { emptyQuery } from './search-engine.port';

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
