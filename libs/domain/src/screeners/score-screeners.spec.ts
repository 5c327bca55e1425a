import fc from 'fast-check';
import { CRISIS_RESOURCES, GAD7_ITEMS, PHQ9_ITEMS, SCREENER_RESPONSE_OPTIONS } from './screener-content';
import { GAD7_BANDS, PHQ9_BANDS, scoreGad7, scorePhq9, validateScreenerAnswers } from './score-screeners';

/** `count` answers adding up to `total`, filled from the first item with 3s. */
function answersTotalling(total: number, count: number): number[] {
  return Array.from({ length: count }, (_, index) => Math.max(0, Math.min(3, total - 3 * index)));
}

describe('scorePhq9', () => {
  it.each([
    [0, 'MINIMAL', 'Minimal'],
    [4, 'MINIMAL', 'Minimal'],
    [5, 'MILD', 'Mild'],
    [9, 'MILD', 'Mild'],
    [10, 'MODERATE', 'Moderate'],
    [14, 'MODERATE', 'Moderate'],
    [15, 'MODERATELY_SEVERE', 'Moderately severe'],
    [19, 'MODERATELY_SEVERE', 'Moderately severe'],
    [20, 'SEVERE', 'Severe'],
    [27, 'SEVERE', 'Severe'],
  ])('a total of %i is %s', (total, band, bandLabel) => {
    expect(scorePhq9(answersTotalling(total, 9))).toMatchObject({ total, band, bandLabel });
  });

  it.each([
    [[0, 0, 0, 0, 0, 0, 0, 0, 0], false],
    [[3, 3, 3, 3, 3, 3, 3, 3, 0], false],
    [[0, 0, 0, 0, 0, 0, 0, 0, 1], true],
    [[0, 0, 0, 0, 0, 0, 0, 0, 3], true],
  ])('%j flags item 9 (self-harm): %s', (answers, positive) => {
    expect(scorePhq9(answers).selfHarmItemPositive).toBe(positive);
  });

  it('flags item 9 even when the total is minimal', () => {
    expect(scorePhq9([0, 0, 0, 0, 0, 0, 0, 0, 1])).toEqual({ total: 1, band: 'MINIMAL', bandLabel: 'Minimal', selfHarmItemPositive: true });
  });

  it('throws a RangeError naming the problem for invalid answers', () => {
    expect(() => scorePhq9([0, 0, 0])).toThrow(RangeError);
    expect(() => scorePhq9([0, 0, 0, 0, 0, 0, 0, 0, 4])).toThrow('item 9 must be 0–3');
  });
});

describe('scoreGad7', () => {
  it.each([
    [0, 'MINIMAL', 'Minimal'],
    [4, 'MINIMAL', 'Minimal'],
    [5, 'MILD', 'Mild'],
    [9, 'MILD', 'Mild'],
    [10, 'MODERATE', 'Moderate'],
    [14, 'MODERATE', 'Moderate'],
    [15, 'SEVERE', 'Severe'],
    [21, 'SEVERE', 'Severe'],
  ])('a total of %i is %s', (total, band, bandLabel) => {
    expect(scoreGad7(answersTotalling(total, 7))).toEqual({ total, band, bandLabel });
  });

  it('throws a RangeError for nine answers', () => {
    expect(() => scoreGad7(answersTotalling(0, 9))).toThrow(/GAD-7 has 7 questions; got 9 answers/);
  });
});

describe('bands', () => {
  it.each([
    ['PHQ-9', PHQ9_BANDS, 27],
    ['GAD-7', GAD7_BANDS, 21],
  ])('%s bands cover 0 to %i with no gaps or overlaps', (_, bands, maxTotal) => {
    expect(bands[0].minTotal).toBe(0);
    expect(bands[bands.length - 1].maxTotal).toBe(maxTotal);
    bands.slice(1).forEach((band, index) => expect(band.minTotal).toBe(bands[index].maxTotal + 1));
  });

  it('any valid answers score to their sum, in the band containing it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 9, maxLength: 9 }), (answers) => {
        const sum = answers.reduce((total, answer) => total + answer, 0);
        const phq9 = scorePhq9(answers);
        expect(phq9.total).toBe(sum);
        const band = PHQ9_BANDS.find((candidate) => candidate.band === phq9.band)!;
        expect(sum).toBeGreaterThanOrEqual(band.minTotal);
        expect(sum).toBeLessThanOrEqual(band.maxTotal);
        expect(scoreGad7(answers.slice(0, 7)).total).toBe(sum - answers[7] - answers[8]);
      }),
    );
  });
});

describe('validateScreenerAnswers', () => {
  it.each([
    ['PHQ9', [0, 0, 0, 0, 0, 0, 0, 0, 0]],
    ['PHQ9', [3, 3, 3, 3, 3, 3, 3, 3, 3]],
    ['GAD7', [0, 1, 2, 3, 0, 1, 2]],
  ] as const)('%s %j has no problems', (kind, answers) => {
    expect(validateScreenerAnswers(kind, answers)).toEqual([]);
  });

  it.each([
    ['PHQ9', [0, 0, 0, 0, 0, 0, 0, 0], [{ path: 'answers', message: 'PHQ-9 has 9 questions; got 8 answers' }]],
    ['PHQ9', [], [{ path: 'answers', message: 'PHQ-9 has 9 questions; got 0 answers' }]],
    ['GAD7', [0], [{ path: 'answers', message: 'GAD-7 has 7 questions; got 1 answer' }]],
    ['GAD7', [0, 0, 0, 0, 0, 0, 0, 0], [{ path: 'answers', message: 'GAD-7 has 7 questions; got 8 answers' }]],
    ['PHQ9', [0, 0, 0, 0, 0, 0, 0, 0, 4], [{ path: 'answers[8]', message: 'item 9 must be 0–3' }]],
    ['PHQ9', [-1, 0, 0, 0, 0, 0, 0, 0, 0], [{ path: 'answers[0]', message: 'item 1 must be 0–3' }]],
    ['GAD7', [0, 0, 0, 1.5, 0, 0, 0], [{ path: 'answers[3]', message: 'item 4 must be a whole number from 0 to 3' }]],
    ['GAD7', [0, 0, '2', 0, 0, 0, 0], [{ path: 'answers[2]', message: 'item 3 must be a whole number from 0 to 3' }]],
    ['GAD7', [0, 0, 0, 0, 0, 0, null], [{ path: 'answers[6]', message: 'item 7 must be a whole number from 0 to 3' }]],
    ['GAD7', [0, 0, 0, 0, 0, 0, Number.NaN], [{ path: 'answers[6]', message: 'item 7 must be a whole number from 0 to 3' }]],
    [
      'PHQ9',
      [0, 9, 0],
      [
        { path: 'answers', message: 'PHQ-9 has 9 questions; got 3 answers' },
        { path: 'answers[1]', message: 'item 2 must be 0–3' },
      ],
    ],
    ['PHQ9', undefined, [{ path: 'answers', message: 'PHQ-9 answers must be a list of 9 numbers from 0 to 3' }]],
    ['GAD7', '0000000', [{ path: 'answers', message: 'GAD-7 answers must be a list of 7 numbers from 0 to 3' }]],
  ] as const)('%s %j → %j', (kind, answers, problems) => {
    expect(validateScreenerAnswers(kind, answers)).toEqual(problems);
  });

  it('reports an unknown screener kind instead of throwing', () => {
    expect(validateScreenerAnswers('BDI' as 'PHQ9', [])).toEqual([{ path: 'kind', message: 'Unknown screener "BDI"; expected PHQ9 or GAD7' }]);
  });
});

describe('shared screener content', () => {
  it('has 9 PHQ-9 items ending with the self-harm item, 7 GAD-7 items, and answers 0–3', () => {
    expect(PHQ9_ITEMS).toHaveLength(9);
    expect(PHQ9_ITEMS[8]).toMatch(/better off dead or of hurting yourself/);
    expect(GAD7_ITEMS).toHaveLength(7);
    expect(SCREENER_RESPONSE_OPTIONS.map((option) => [option.value, option.label])).toEqual([
      [0, 'Not at all'],
      [1, 'Several days'],
      [2, 'More than half the days'],
      [3, 'Nearly every day'],
    ]);
  });

  it('lists the US crisis lines as tappable links, 988 first', () => {
    expect(CRISIS_RESOURCES[0]).toEqual({ name: '988 Suicide & Crisis Lifeline', action: 'Call or text 988', href: 'tel:988' });
    expect(CRISIS_RESOURCES.map((resource) => resource.href)).toEqual(['tel:988', 'sms:988', 'tel:911', 'sms:741741?body=HOME']);
    expect(CRISIS_RESOURCES.find((resource) => resource.href === 'tel:911')?.action).toBe('Call 911 if you are in immediate danger');
  });
});
