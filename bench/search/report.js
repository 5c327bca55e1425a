'use strict';
// Plain-text tables for the search bench: a header row per section, rows indented under it.
const { summarize } = require('../support/stats');
const { PAGING_PAGE } = require('./measure');

const whole = (value) => Math.round(value).toLocaleString('en-US');
const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : '');

/**
 * columns: [{ label, align }]; sections: [{ title, rows: [[cell, …]], labels? }] with the
 * title in the first column; `labels` replaces the header labels for one section.
 */
function renderTable(columns, sections) {
  const lines = sections.flatMap((section) => [
    { header: true, cells: [section.title, ...(section.labels ?? columns.slice(1).map((column) => column.label))] },
    ...section.rows.map((cells) => ({ header: false, cells: [`  ${cells[0]}`, ...cells.slice(1)] })),
  ]);
  const widths = columns.map((_, index) => Math.max(...lines.map((line) => String(line.cells[index] ?? '').length)));
  return lines
    .map((line) =>
      columns
        .map((column, index) => {
          const text = String(line.cells[index] ?? '');
          return column.align === 'left' ? text.padEnd(widths[index]) : text.padStart(widths[index]);
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function seedingTable(seedings) {
  const columns = [
    { align: 'left' },
    { label: 'added', align: 'right' },
    { label: 'therapists', align: 'right' },
    { label: 'active', align: 'right' },
    { label: 'rows', align: 'right' },
    { label: 'seconds', align: 'right' },
    { label: 'rows/s', align: 'right' },
    { label: 'therapists/s', align: 'right' },
    { label: 'VACUUM ANALYZE s', align: 'right' },
    { label: 'summaries s', align: 'right' },
  ];
  const rows = seedings.map((seeding) => [
    seeding.label,
    whole(seeding.added),
    whole(seeding.totalTherapists),
    whole(seeding.activeTherapists),
    whole(seeding.rows),
    seeding.seconds.toFixed(1),
    whole(seeding.rowsPerSecond),
    whole(seeding.added / seeding.seconds),
    seeding.analyzeSeconds.toFixed(1),
    seeding.summaries ? seeding.summaries.seconds.toFixed(1) : '',
  ]);
  return renderTable(columns, [{ title: 'seeding (project generator, then VACUUM ANALYZE)', rows }]);
}

const timingColumns = (extra) => [
  { align: 'left' },
  { label: 'n', align: 'right' },
  { label: 'p50 ms', align: 'right' },
  { label: 'p95 ms', align: 'right' },
  { label: 'p99 ms', align: 'right' },
  { label: 'mean ms', align: 'right' },
  ...extra.map((label) => ({ label, align: 'right' })),
];

const timingCells = (name, summary) => [name, String(summary.n), ms(summary.p50), ms(summary.p95), ms(summary.p99), ms(summary.mean)];

/** The HTTP floor (measureHttp's FLOOR): its row's label under a latency table (not a kind, not in "overall"), and its p95 beside a table's ratios and verdicts. */
const floorLabel = (floorRow) => `${floorRow.name}, the same turns (the HTTP floor)`;
const floorP95 = (floorRow) => `${floorRow.name} in the same turns: p95 ${ms(floorRow.summary.p95)} ms`;

/** Every sample of every kind together: the "overall" row. */
const overall = (rows) => summarize(rows.flatMap((row) => row.samples));

/** Each kind's HTTP p95 over its bare candidate SQL's p95 (the `engine` rows of the same run). */
const sqlRatios = (rows, engine) => rows.map((row) => ({ name: row.name, ratio: row.summary.p95 / engine.find((sql) => sql.name === row.name).summary.p95 }));

/** Page `page`'s figures in a paging row (measurePaging). */
const pageOf = (row, page) => row.pages.find((at) => at.page === page);

/** The last page a paging row timed. */
const lastPageOf = (row) => row.pages[row.pages.length - 1].page;

/** Page `page`'s ratio to page 1 in a paging row, at percentile `p` ('p50', 'p95'). */
const pagingRatio = (row, page, p) => pageOf(row, page).summary[p] / pageOf(row, 1).summary[p];

/** Page 1, page PAGING_PAGE and the last page of each kind (measurePaging), the later pages' ratios to page 1. */
function pagingSection(label, rows, how) {
  return {
    title: `${label}: page 1, page ${PAGING_PAGE} and the last page (each by the cursor a client reaches following nextCursor), the API in its own process, ${how}, one request at a time, interleaved rounds`,
    labels: ['n', 'p50 ms', 'p95 ms', 'p99 ms', 'mean ms', 'shown', 'p50 ÷ page 1', 'p95 ÷ page 1'],
    rows: rows.flatMap((row) =>
      row.pages.map((at) => [
        ...timingCells(`${row.name}, page ${at.page}`, at.summary),
        String(at.shown),
        at.page === 1 ? '' : `${pagingRatio(row, at.page, 'p50').toFixed(2)}×`,
        at.page === 1 ? '' : `${pagingRatio(row, at.page, 'p95').toFixed(2)}×`,
      ]),
    ),
  };
}

/** One size: the HTTP table, the SQL baseline table, the steps of one search, and the statement counts. */
function sizeReport({ label, http, httpCold, httpColdInProcess, floor, floorCold, floorColdInProcess, engine, phases, statements, paging, pagingCold, concurrency, concurrencyCold, spread, concurrencyUnseenWords, justStarted, concurrencyDirectory, concurrencyWhileBooking, afterIdle }) {
  const httpSection = (rows, how, floorRow) => ({
    title: `${label}: searchTherapists over HTTP, ${how} (engine: ${[...new Set(rows.map((row) => row.engine))].join(', ')})`,
    rows: [
      ...rows.map((row) => [...timingCells(row.name, row.summary), whole(row.total), String(row.shown), '']),
      [...timingCells('overall', overall(rows))],
      timingCells(floorLabel(floorRow), floorRow.summary),
    ],
  });
  const concurrencySection = (rows, how, which = 'every kind', where = 'the API in its own process') => ({
    title: `${label}: concurrency curve, ${how}, ${where} (${which} in turn, each client sends its next search on the last answer)`,
    labels: ['n', 'p50 ms', 'p95 ms', 'p99 ms', 'mean ms', 'searches/s'],
    rows: rows.map((row) => [...timingCells(`${row.clients} client(s)`, row.summary), row.perSecond.toFixed(1)]),
  });
  const table = renderTable(timingColumns(['total', 'shown', 'candidates']), [
    httpSection(httpCold, 'the API in its own process, search cache off (every search computed)', floorCold),
    httpSection(http, 'the API in its own process, search cache on (repeated queries, read model unchanged)', floor),
    httpSection(httpColdInProcess, 'the app in the bench\'s process (as until the forty-seventh run), search cache off', floorColdInProcess),
    ...(afterIdle ? [afterIdleSection(label, httpCold, afterIdle)] : []),
    pagingSection(label, pagingCold, 'search cache off (every search computed)'),
    pagingSection(label, paging, 'search cache on'),
    {
      title: `${label}: engine.candidates(query, 400, rotation), SQL only`,
      rows: [...engine.map((row) => [...timingCells(row.name, row.summary), '', '', String(row.candidates)]), [...timingCells('overall', overall(engine))]],
    },
    {
      title: `${label}: engine.countAndFacets(query), SQL and counting (a whole state reads kept counts; other sets in a state, their rows' facet codes)`,
      rows: [...engine.map((row) => [...timingCells(row.name, row.facets.summary), whole(row.facets.total), '', '']), [...timingCells('overall', overall(engine.map((row) => row.facets)))]],
    },
    {
      title: `${label}: steps of one search (${phases.kind}), each alone`,
      labels: ['n', 'p50 ms', 'p95 ms', 'p99 ms', 'mean ms'],
      rows: phases.rows.map((row) => timingCells(row.name, row.summary)),
    },
    concurrencySection(concurrencyCold, 'search cache off'),
    concurrencySection(spread.cold, 'search cache off', undefined, spreadWhere(spread)),
    concurrencySection(
      concurrencyUnseenWords,
      'search cache off',
      `words the API has not matched before: ${concurrencyUnseenWords.map((row) => row.kinds).join(' and ')} state-and-words kinds,`,
    ),
    {
      title: `${label}: a process just started, search cache off (${justStarted[0].rounds} rounds, a fresh process per way and round, ways in turn): each state's first search, then 1 client on words not seen before for ${justStarted[0].roundSeconds} s`,
      labels: ['n', 'p50 ms', 'p95 ms', 'p99 ms', 'mean ms', 'searches/s'],
      rows: justStarted.flatMap((row) => [
        [...timingCells(`${row.how}: each state's first search`, row.firsts), ''],
        [...timingCells(`${row.how}: words not seen before`, row.words), row.perSecond.toFixed(1)],
      ]),
    },
    concurrencySection(concurrency, 'search cache on'),
    concurrencySection(spread.kept, 'search cache on', undefined, spreadWhere(spread)),
    concurrencySection(concurrencyDirectory, 'search cache on', 'the anonymous directory kinds, no matching,'),
    {
      title: `${label}: 8 clients, search cache on, while a booking takes an open time every ${concurrencyWhileBooking[0].everyMs} ms (every kind in turn, the API in its own process; ${concurrencyWhileBooking[0].rounds} interleaved rounds of ${concurrencyWhileBooking[0].roundSeconds} s each)`,
      labels: ['n', 'p50 ms', 'p95 ms', 'p99 ms', 'mean ms', 'searches/s', 'writes', '÷ none'],
      rows: concurrencyWhileBooking.map((row) => [...timingCells(row.how, row.summary), row.perSecond.toFixed(1), String(row.written), `${row.vsFirst.toFixed(2)}×`]),
    },
  ]);
  const ratiosOf = (rows) => sqlRatios(rows, engine).map(({ name, ratio }) => `${name} ${ratio.toFixed(1)}×`).join('; ');
  const ratios = `cache off: ${ratiosOf(httpCold)}; ${floorP95(floorCold)}\n    cache on: ${ratiosOf(http)}; ${floorP95(floor)}`;
  const typo = http.find((row) => row.expectedTherapistId);
  const found = typo && (typo.rankOfExpected ? `at rank ${typo.rankOfExpected} of the first page` : 'NOT on the first page');
  const typoNote = typo ? `\n  typo query: the therapist whose name was misspelled is ${found}` : '';
  const counts = `statements per search, cache off: 10 → ${statements.card[10]}, 50 → ${statements.card[50]}` +
    `   (selecting therapist.sessionTypes too: 10 → ${statements.withSessionTypes[10]}, 50 → ${statements.withSessionTypes[50]}; ` +
    `a kept search, cache on: 10 → ${statements.kept[10]}, 50 → ${statements.kept[50]})`;
  return `${table}\n  ${counts}${typoNote}\n  p95 over HTTP ÷ p95 of the bare candidate SQL, same run:\n    ${ratios}`;
}

/** The cache-off server's searches after it sat idle, beside the latency table's (timed straight after its warm-up). */
function afterIdleSection(label, httpCold, { idleSeconds, first, next }) {
  return {
    title: `${label}: searchTherapists over HTTP, search cache off, the same server after ${idleSeconds} s with nothing sent (every kind in turn, one request at a time)`,
    labels: ['n', 'p50 ms', 'p95 ms', 'p99 ms', 'mean ms'],
    rows: [
      timingCells('straight after its warm-up (the table above)', overall(httpCold)),
      timingCells(`the first ${first.n} after ${idleSeconds} s idle`, first),
      timingCells(`the next ${next.n}`, next),
    ],
  };
}

/** Where a spread curve's API runs. */
const spreadWhere = (spread) => `the API as ${spread.processes} processes on one port (API_PROCESSES=${spread.processes}), each its own`;

/** A page past the first "costs no more" than page 1 while its median is at most this many times page 1's (the run's noise between two identical calls). */
const PAGING_NOISE = 1.1;

const range = (values, digits = 1, unit = '') => {
  const [low, high] = [Math.min(...values), Math.max(...values)];
  return low === high ? `${low.toFixed(digits)}${unit}` : `${low.toFixed(digits)}–${high.toFixed(digits)}${unit}`;
};
const kindsCount = (count) => `${count} kind${count === 1 ? '' : 's'}`;
const metOrNot = (met) => (met ? 'met' : 'NOT met');

/**
 * The goals of issue #12 against this run's figures at one size (the largest), computed searches
 * (cache off) and repeated ones (cache on) side by side: what each goal reads here, and whether it
 * holds. Printed, never asserted; the request path's goal is `npm run bench:lean`'s.
 */
function goalsReport({ label, http, httpCold, floor, floorCold, engine, paging, pagingCold, concurrency, concurrencyCold, spread, concurrencyDirectory, concurrencyUnseenWords, afterIdle }) {
  const latency = (rows, p, limit) => {
    const over = rows.filter((row) => row.summary[p] > limit);
    const words = over.length ? `; over: ${over.map((row) => `${row.name} ${ms(row.summary[p])}`).join(', ')}` : '';
    return `${metOrNot(over.length === 0)}: overall ${ms(overall(rows)[p])}, kinds ${range(rows.map((row) => row.summary[p]))}${words}`;
  };
  const atEight = (rows) => rows.find((row) => row.clients === 8).perSecond;
  // The better of the API as one process and as one a core (API_PROCESSES), each printed.
  const perSecond = (one, spreadRows) => {
    const [single, several] = [atEight(one), atEight(spreadRows)];
    return `${metOrNot(Math.max(single, several) >= 500)}: ${single.toFixed(1)} a second as one process, ${several.toFixed(1)} as ${spread.processes}`;
  };
  // Beside the verdict, what the cheapest request read in the same turns: the part of a kind's p95 no search work adds.
  const withinThree = (rows, floorRow) => {
    const ratios = sqlRatios(rows, engine);
    const over = ratios.filter(({ ratio }) => ratio > 3);
    const words = over.length ? `; over: ${over.map(({ name, ratio }) => `${name} ${ratio.toFixed(1)}×`).join(', ')}` : '';
    return `${metOrNot(over.length === 0)}: ${ratios.length - over.length} of ${ratios.length} kinds (${range(ratios.map(({ ratio }) => ratio), 1, '×')})${words}; ${floorP95(floorRow)}`;
  };
  // The goal's page, and the last page beside it (not the goal's, printed for what it says of any page).
  const pagingGoal = (rows) => {
    if (rows.length === 0) return 'no kind has that many pages';
    const goal = rows.map((row) => pagingRatio(row, PAGING_PAGE, 'p50'));
    return (
      `${metOrNot(goal.every((ratio) => ratio <= PAGING_NOISE))} (median at most ${PAGING_NOISE}× page 1's): p50 ${range(goal, 2, '×')}, ` +
      `p95 ${range(rows.map((row) => pagingRatio(row, PAGING_PAGE, 'p95')), 2, '×')}, ${kindsCount(rows.length)}; ` +
      `the last page, p50 ${range(rows.map((row) => pagingRatio(row, lastPageOf(row), 'p50')), 2, '×')}`
    );
  };
  // The goal's figures are the busy server's (the latency table); its first searches after sitting idle are printed beside them.
  const idle = (p) => (afterIdle ? `; after ${afterIdle.idleSeconds} s idle, the first ${afterIdle.first.n}, kinds together: ${ms(afterIdle.first[p])}` : '');
  const rows = [
    ['p95 ≤ 20 ms, each kind', `${latency(httpCold, 'p95', 20)}${idle('p95')}`, latency(http, 'p95', 20)],
    ['p99 ≤ 40 ms, each kind', `${latency(httpCold, 'p99', 40)}${idle('p99')}`, latency(http, 'p99', 40)],
    [
      '≥ 500 searches a second at 8 clients',
      `${perSecond(concurrencyCold, spread.cold)} (words not seen before, one process: ${atEight(concurrencyUnseenWords).toFixed(1)})`,
      `${perSecond(concurrency, spread.kept)} (directory kinds alone, one process: ${atEight(concurrencyDirectory).toFixed(1)})`,
    ],
    ['p95 within 3× of the bare candidate SQL', withinThree(httpCold, floorCold), withinThree(http, floor)],
    [`page ${PAGING_PAGE} costs no more than page 1`, pagingGoal(pagingCold), pagingGoal(paging)],
    ['the same results as today\'s ranking', 'not timed: the tests (search-ranking-parity, search-states, search-text-matches, rank-therapists.property, rank-records, compiled-execution)', ''],
    ['{ __typename } ≥ 0.8× bare graphql-http', 'not this bench: npm run bench:lean', ''],
  ];
  const columns = [{ align: 'left' }, { label: 'computed (search cache off)', align: 'left' }, { label: 'repeated (search cache on)', align: 'left' }];
  return `Goals of issue #12 at ${label}, this run (the API in its own process; searches a second as one process and as ${spread.processes})\n${renderTable(columns, [{ title: 'goal', rows }])}`;
}

module.exports = { goalsReport, seedingTable, sizeReport };
