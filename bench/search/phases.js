'use strict';
// Where one search's time goes: the steps of MatchingService.search timed one
// by one with the compiled classes (the service runs candidates-then-rows beside
// countAndFacets, so the rows do not add up to a request). The page's open times
// come from the rows' summaries: no slot-engine step remains for a fresh row.
const { join } = require('node:path');
const { API_DIST } = require('../support/database');
const { summarize, timeSequentially } = require('../support/stats');
const { CANDIDATE_LIMIT, anonymousRotation } = require('./measure');
const { engineQueryFor } = require('./queries');

async function measurePhases({ entityManager, kind, plan, progress }) {
  const { PostgresSearchEngine } = require(join(API_DIST, 'matching/search/postgres-search-engine.js'));
  const { SearchProjection } = require(join(API_DIST, 'matching/search/search-projection.js'));
  const clock = { now: () => new Date() };
  const engine = new PostgresSearchEngine(entityManager.fork(), clock);
  const query = await engineQueryFor(kind, entityManager);
  const rotation = anonymousRotation();
  const ids = (await engine.candidates(query, CANDIDATE_LIMIT, rotation)).map((candidate) => candidate.id);

  const keptRows = new SearchProjection(entityManager.fork(), clock, null, { SEARCH_ROW_CACHE_ROWS: 100_000 });
  await keptRows.rowsFor(ids);
  const phases = [
    { name: `engine.candidates(query, ${CANDIDATE_LIMIT}, rotation)`, run: () => engine.candidates(query, CANDIDATE_LIMIT, rotation) },
    { name: 'engine.count(query)', run: () => engine.count(query) },
    { name: 'engine.facets(query)', run: () => engine.facets(query) },
    { name: 'engine.countAndFacets(query) (what a search runs)', run: () => engine.countAndFacets(query) },
    {
      // A fresh fork each time, as each request gets: no identity map to hit.
      name: `read model rows of ${ids.length} (one statement, summaries included)`,
      run: () => new SearchProjection(entityManager.fork(), clock, null).rowsFor(ids),
    },
    {
      // What the app does (SEARCH_ROW_CACHE_ROWS): the rows' versions, then whole rows only for those written since.
      name: `read model rows of ${ids.length}, kept in the process at their versions (what a search runs)`,
      run: () => keptRows.rowsFor(ids),
    },
  ];
  const rows = [];
  for (const phase of phases) {
    progress(`phase: ${phase.name}`);
    const { samples } = await timeSequentially(phase.run, plan);
    rows.push({ name: phase.name, samples, summary: summarize(samples) });
  }
  return { kind: kind.name, rows };
}

module.exports = { measurePhases };
