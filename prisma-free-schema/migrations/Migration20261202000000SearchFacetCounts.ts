import { Migration } from '@mikro-orm/migrations';

// Issue #12, facets and totals for a state with no other filter (the directory's first view and
// the biggest set: every New York therapist). Counting them per search read and grouped every
// row of the state; these counts are kept instead, per state and "accepting", by a statement
// trigger on the read model in the same transaction as the change. A statement's rows are
// aggregated before they touch a count, so a bulk change writes each count once, and a change
// to columns no facet reads (the availability summary) nets to zero and writes nothing.
// Licenses expire by the calendar, not by a write: readers subtract the few rows of the state
// whose licenses have expired by their today (see PostgresSearchEngine), found by the index on
// earliest_license_expiry.
//
// Headlines and bios: the text vector is stored, so ranking a text search reads it instead of
// re-parsing every matching bio (ts_rank recomputed to_tsvector per row).
export class Migration20261202000000SearchFacetCounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "therapist_search_facet_counts" (
      "jurisdiction" text not null,
      "accepting" boolean not null,
      "facet" text not null,
      "value" text not null,
      "count" int not null,
      constraint "therapist_search_facet_counts_pkey" primary key ("jurisdiction", "accepting", "facet", "value"),
      constraint "therapist_search_facet_counts_count_check" check ("count" >= 0));`);

    // The (facet, value) pairs one read-model row counts towards; 'total' counts the row itself.
    // Keep in step with the facets statement of PostgresSearchEngine.
    this.addSql(`create function therapist_search_row_facets(r therapist_search) returns table (facet text, value text)
language sql immutable as $$
  select 'total', ''
  union all select 'concern', unnest(r.concerns)
  union all select 'modality', unnest(r.modalities)
  union all select 'language', unnest(r.languages)
  union all select 'format', unnest(r.formats)
  union all select 'community', unnest(r.communities)
  union all select 'gender', r.gender where r.gender is not null
  union all select 'priceBand', r.price_band where r.price_band is not null
$$;`);

    // An update counts only rows whose counted columns changed (a summary refresh changes none).
    const changedOnly = `exists (select 1 from old_rows o where o.therapist_id = r.therapist_id and
      (o.jurisdictions, o.accepting, o.concerns, o.modalities, o.languages, o.formats, o.communities, o.gender, o.price_band) is distinct from
      (r.jurisdictions, r.accepting, r.concerns, r.modalities, r.languages, r.formats, r.communities, r.gender, r.price_band))`;
    const pairs = (rows: string, sign: string, where = 'true') =>
      `select j as jurisdiction, r.accepting, f.facet, f.value, ${sign}count(*) as n from ${rows} r
       cross join unnest(r.jurisdictions) j cross join therapist_search_row_facets(r) f where ${where} group by 1, 2, 3, 4`;
    // Decreases update counts that exist (their rows were counted); increases upsert. A proposed
    // row must pass the check even when it conflicts, so a decrease never goes through the upsert.
    const apply = (deltas: string) => `with d as (
      select d.jurisdiction, d.accepting, d.facet, d.value, sum(d.n)::int as n from (${deltas}) d
      group by 1, 2, 3, 4 having sum(d.n) <> 0),
    decreased as (
      update therapist_search_facet_counts c set count = c.count + d.n from d
      where d.n < 0 and c.jurisdiction = d.jurisdiction and c.accepting = d.accepting and c.facet = d.facet and c.value = d.value)
    insert into therapist_search_facet_counts as c (jurisdiction, accepting, facet, value, count)
    select d.jurisdiction, d.accepting, d.facet, d.value, d.n from d where d.n > 0 order by 1, 2, 3, 4
    on conflict (jurisdiction, accepting, facet, value) do update set count = c.count + excluded.count;`;
    const changedOld = changedOnly.replace('from old_rows o where o.therapist_id = r.therapist_id', 'from new_rows o where o.therapist_id = r.therapist_id');
    this.addSql(`create function therapist_search_facet_counts_changed() returns trigger language plpgsql as $$
begin
  if TG_OP = 'INSERT' then
    ${apply(pairs('new_rows', ''))}
  elsif TG_OP = 'DELETE' then
    ${apply(pairs('old_rows', '-'))}
  else
    ${apply(`${pairs('new_rows', '', changedOnly)} union all ${pairs('old_rows', '-', changedOld)}`)}
  end if;
  return null;
end $$;`);
    for (const [event, tables] of [['insert', 'new table as new_rows'], ['update', 'new table as new_rows old table as old_rows'], ['delete', 'old table as old_rows']]) {
      this.addSql(`create trigger "therapist_search_facet_counts_after_${event}" after ${event} on "therapist_search" referencing ${tables} for each statement execute function therapist_search_facet_counts_changed();`);
    }
    // Recounts from the rows: the migration's first fill, and `npm run search:rebuild` after data
    // was restored with triggers disabled.
    this.addSql(`create function therapist_search_facet_counts_rebuild() returns void language sql as $$
  delete from therapist_search_facet_counts;
  insert into therapist_search_facet_counts (jurisdiction, accepting, facet, value, count) ${pairs('therapist_search', '')};
$$;`);
    this.addSql(`select therapist_search_facet_counts_rebuild();`);
    this.addSql(`create index "therapist_search_earliest_license_expiry_index" on "therapist_search" ("earliest_license_expiry");`);

    this.addSql(`alter table "therapist_search" add column "search_document" tsvector generated always as (to_tsvector('english', search_text)) stored;`);
    this.addSql(`drop index "therapist_search_text_index";`);
    this.addSql(`create index "therapist_search_text_index" on "therapist_search" using gin ("search_document");`);
  }
}
