import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { AvailabilityModule } from '../availability/availability.module';
import { SearchProjection } from '../matching/search/search-projection';
import { runCommand, say } from './cli-support';

// npm run search:rebuild — rewrites every row of the search read model (therapist_search, its
// per-state rows and kept facet counts) from profiles, licenses, hours and session types, then
// every availability summary.
// Triggers keep rows current on every write; run this after restoring data with triggers
// disabled, or to recompute summaries at once instead of waiting for the daily roll.
@Module({ imports: [AvailabilityModule], providers: [SearchProjection] })
class SearchRebuildModule {}

void runCommand({
  modules: [SearchRebuildModule],
  async run(context) {
    const startedAt = performance.now();
    const result = await context.get(SearchProjection).rebuild((message) => say(message));
    say(`rebuilt ${result.rows.toLocaleString('en-US')} row(s), ${result.summaries.toLocaleString('en-US')} availability summaries in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
  },
});
