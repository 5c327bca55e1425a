import fc from 'fast-check';
import { pageSearchResults, SearchPagingInput } from './search-paging';

const input = (overrides: Partial<SearchPagingInput>): SearchPagingInput => ({
  offset: 0,
  first: 10,
  rankedCount: 25,
  engineTotal: 25,
  candidatesTruncated: false,
  ...overrides,
});

describe('pageSearchResults', () => {
  it.each([
    ['the first page', input({}), { ok: true, pageEnd: 10, total: 25, totalIsCapped: false, nextOffset: 10 }],
    ['the last, partial page', input({ offset: 20 }), { ok: true, pageEnd: 30, total: 25, totalIsCapped: false, nextOffset: null }],
    ['no results at all', input({ rankedCount: 0, engineTotal: 0 }), { ok: true, pageEnd: 10, total: 0, totalIsCapped: false, nextOffset: null }],
    [
      'more found than ranked: total capped and flagged',
      input({ rankedCount: 400, engineTotal: 12_000, candidatesTruncated: true }),
      { ok: true, pageEnd: 10, total: 400, totalIsCapped: true, nextOffset: 10 },
    ],
    [
      'the ranking filtered out some the engine counted: the smaller total is the true one',
      input({ rankedCount: 20, engineTotal: 25 }),
      { ok: true, pageEnd: 10, total: 20, totalIsCapped: false, nextOffset: 10 },
    ],
    ['a cursor at the end', input({ offset: 25 }), { ok: false, problem: 'cursor-past-end' }],
    ['a cursor far past the end', input({ offset: 10_000 }), { ok: false, problem: 'cursor-past-end' }],
  ])('%s', (_case, paging, expected) => {
    expect(pageSearchResults(paging)).toEqual(expected);
  });

  it('never promises a total that paging cannot reach', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(100_000), fc.integer({ min: 1, max: 50 }), fc.boolean(), (rankedCount, engineTotal, first, candidatesTruncated) => {
        let offset = 0;
        let reached = 0;
        let total = 0;
        for (;;) {
          const page = pageSearchResults({ offset, first, rankedCount, engineTotal, candidatesTruncated });
          if (!page.ok) throw new Error('paging from the first page never points past the end');
          total = page.total;
          reached = Math.min(page.pageEnd, rankedCount);
          if (page.nextOffset === null) break;
          offset = page.nextOffset;
        }
        expect(total).toBeLessThanOrEqual(reached);
      }),
    );
  });
});
