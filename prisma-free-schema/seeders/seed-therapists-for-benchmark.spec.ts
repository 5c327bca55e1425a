import { createTestDatabase, type TestDatabase } from '../../test/support/test-database';
import { formatProgressBar, runSeedTherapistsCli } from './seed-therapists-for-benchmark';

describe('seed-therapists CLI', () => {
  let database: TestDatabase;
  let output: string;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());
  beforeEach(() => {
    output = '';
    const capture = (chunk: string | Uint8Array) => {
      output += chunk.toString();
      return true;
    };
    jest.spyOn(process.stdout, 'write').mockImplementation(capture);
    jest.spyOn(process.stderr, 'write').mockImplementation(capture);
  });
  afterEach(() => jest.restoreAllMocks());

  it('draws a progress bar', () => {
    expect(formatProgressBar(45_000, 100_000, 12_345)).toBe('[##############................] 45,000/100,000 12.3 s');
    expect(formatProgressBar(0, 10, 0, 10)).toBe('[..........] 0/10 0.0 s');
  });

  it('needs DATABASE_URL and a whole --count', async () => {
    expect(await runSeedTherapistsCli(['--count', '10'], {})).toBe(2);
    expect(output).toContain('DATABASE_URL is required');
    expect(await runSeedTherapistsCli(['--count', 'many'], { DATABASE_URL: database.url })).toBe(2);
    expect(await runSeedTherapistsCli(['--count', '10', '--concurrency', '0'], { DATABASE_URL: database.url })).toBe(2);
  });

  it('seeds, then continues numbering on a second run, and reports rows per second', async () => {
    expect(await runSeedTherapistsCli(['--count', '300', '--today', '2026-11-25'], { DATABASE_URL: database.url })).toBe(0);
    expect(output).toMatch(/seeded 300 therapists \(numbers 1–300\)/);
    expect(output).toMatch(/\[#{30}\] 300\/300/);
    expect(output).toMatch(/[\d,]+ rows\/s/);
    expect(output).toMatch(/ 300 booking settings \+ [\d,]+ weekly rules \+ [\d,]+ session types = /);
    expect(await runSeedTherapistsCli(['--count=1_000', '--batch-size', '400', '--concurrency', '3'], { DATABASE_URL: database.url })).toBe(0);
    expect(output).toMatch(/seeded 1,000 therapists \(numbers 301–1,300\)/);
    expect(output).toMatch(/\[#{30}\] 1,000\/1,000/);
  });
});
