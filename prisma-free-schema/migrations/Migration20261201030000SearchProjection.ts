import { Migration } from '@mikro-orm/migrations';

// The search read model (issue #12): one row per listable therapist (ACTIVE, with a VERIFIED
// license) holding everything filters, facets and ranking need, so a search reads one indexed
// table. Rows are rewritten by statement-level triggers in the same transaction as the change
// (profile, licenses, session types, weekly hours), so a search never sees a stale filter; the
// availability summary is computed in the app (the slot engine) and only flagged stale here.
// License validity depends on the day: rows keep the earliest and latest expiry of their
// verified licenses and searches compare them with the app's today (see PostgresSearchEngine).
export class Migration20261201030000SearchProjection extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "therapist_search" (
      "therapist_id" uuid not null,
      "display_name" text not null,
      "search_text" text not null,
      "jurisdictions" text[] not null,
      "earliest_license_expiry" date not null,
      "latest_license_expiry" date not null,
      "formats" text[] not null,
      "languages" text[] not null,
      "concerns" text[] not null,
      "specialty_concerns" text[] not null,
      "treated_concerns" text[] not null,
      "modalities" text[] not null,
      "communities" text[] not null,
      "age_groups" text[] not null,
      "gender" text null,
      "fee_minor" int null,
      "sliding_scale_min_minor" int null,
      "sliding_scale_max_minor" int null,
      "price_band" text null,
      "insurance" text[] not null,
      "accepts_new_clients" boolean not null,
      "accepting" boolean not null,
      "office_latitude" double precision null,
      "office_longitude" double precision null,
      "open_slot_starts" int[] not null default '{}',
      "next_open_at" timestamptz null,
      "availability_computed_at" timestamptz null,
      "availability_exact_until" timestamptz null,
      "availability_stale" boolean not null default true,
      "availability_version" int not null default 0,
      "slot_minutes" smallint null,
      "minimum_notice_minutes" int null,
      "horizon_days" int null,
      constraint "therapist_search_pkey" primary key ("therapist_id")) with (fillfactor = 80);`);
    this.addSql(`alter table "therapist_search" add constraint "therapist_search_therapist_id_foreign" foreign key ("therapist_id") references "therapist_profiles" ("id") on update cascade on delete cascade;`);
    for (const column of ['jurisdictions', 'formats', 'languages', 'concerns', 'modalities', 'communities', 'insurance']) {
      this.addSql(`create index "therapist_search_${column}_gin" on "therapist_search" using gin ("${column}");`);
    }
    this.addSql(`create index "therapist_search_display_name_trgm" on "therapist_search" using gin ("display_name" gin_trgm_ops);`);
    this.addSql(`create index "therapist_search_text_index" on "therapist_search" using gin (to_tsvector('english', search_text));`);
    this.addSql(`create index "therapist_search_fee_minor_index" on "therapist_search" ("fee_minor");`);
    this.addSql(`create index "therapist_search_latest_license_expiry_index" on "therapist_search" ("latest_license_expiry");`);

    // Summary columns carry no index, and a fifth of each page is left free: the daily roll and
    // booking changes rewrite summaries as HOT updates, without touching the indexes.

    // The whole row of each id from the sources; ids that are not listable lose their row.
    // Accepting (issue #11 point 9): the therapist's own flag, weekly hours, and a session type a
    // client can book now (free, or paid with charges enabled on their Stripe account).
    this.addSql(`create function therapist_search_refresh(ids uuid[]) returns void language plpgsql as $$
begin
  delete from therapist_search s where s.therapist_id = any(ids) and not exists (
    select 1 from therapist_profiles p where p.id = s.therapist_id and p.status = 'ACTIVE'
      and exists (select 1 from licenses l where l.therapist_id = p.id and l.status = 'VERIFIED'));
  insert into therapist_search as s (therapist_id, display_name, search_text, jurisdictions, earliest_license_expiry, latest_license_expiry,
    formats, languages, concerns, specialty_concerns, treated_concerns, modalities, communities, age_groups, gender, fee_minor,
    sliding_scale_min_minor, sliding_scale_max_minor, price_band, insurance, accepts_new_clients, accepting, office_latitude, office_longitude)
  select p.id, p.display_name, coalesce(p.display_name, '') || ' ' || coalesce(p.headline, '') || ' ' || coalesce(p.bio, ''),
    lic.jurisdictions, lic.earliest, lic.latest, p.formats, p.languages, p.specialty_concerns || p.treated_concerns,
    p.specialty_concerns, p.treated_concerns, p.modalities, p.communities, p.age_groups, p.gender::text, p.fee_minor,
    p.sliding_scale_min_minor, p.sliding_scale_max_minor,
    case when p.fee_minor is null then null when p.fee_minor < 10000 then 'UNDER_100' when p.fee_minor < 15000 then '100_TO_149'
      when p.fee_minor < 20000 then '150_TO_199' else '200_PLUS' end,
    array(select distinct lower(trim(i)) from unnest(p.insurance_accepted) i where trim(i) <> ''),
    p.accepts_new_clients,
    p.accepts_new_clients
      and exists (select 1 from weekly_rules w where w.therapist_id = p.id)
      and exists (select 1 from session_types t where t.therapist_id = p.id and t.archived_at is null and (t.price_minor = 0 or p.charges_enabled)),
    p.office_latitude, p.office_longitude
  from therapist_profiles p
  join lateral (select array_agg(distinct l.jurisdiction order by l.jurisdiction) as jurisdictions, min(l.expires_on) as earliest, max(l.expires_on) as latest
    from licenses l where l.therapist_id = p.id and l.status = 'VERIFIED') lic on lic.jurisdictions is not null
  where p.id = any(ids) and p.status = 'ACTIVE'
  on conflict (therapist_id) do update set display_name = excluded.display_name, search_text = excluded.search_text,
    jurisdictions = excluded.jurisdictions, earliest_license_expiry = excluded.earliest_license_expiry, latest_license_expiry = excluded.latest_license_expiry,
    formats = excluded.formats, languages = excluded.languages, concerns = excluded.concerns, specialty_concerns = excluded.specialty_concerns,
    treated_concerns = excluded.treated_concerns, modalities = excluded.modalities, communities = excluded.communities, age_groups = excluded.age_groups,
    gender = excluded.gender, fee_minor = excluded.fee_minor, sliding_scale_min_minor = excluded.sliding_scale_min_minor,
    sliding_scale_max_minor = excluded.sliding_scale_max_minor, price_band = excluded.price_band, insurance = excluded.insurance,
    accepts_new_clients = excluded.accepts_new_clients, accepting = excluded.accepting,
    office_latitude = excluded.office_latitude, office_longitude = excluded.office_longitude;
end $$;`);

    // Triggers: TG_ARGV[0] names the therapist column; TG_ARGV[1] 'row' rewrites the rows,
    // 'availability' flags the availability summary stale, 'both' does both.
    this.addSql(`create function therapist_search_source_changed() returns trigger language plpgsql as $$
declare
  ids uuid[];
begin
  if TG_OP = 'INSERT' then
    execute format('select array_agg(distinct %I) from new_rows', TG_ARGV[0]) into ids;
  elsif TG_OP = 'DELETE' then
    execute format('select array_agg(distinct %I) from old_rows', TG_ARGV[0]) into ids;
  else
    execute format('select array_agg(distinct id) from (select %1$I as id from new_rows union select %1$I from old_rows) changed', TG_ARGV[0]) into ids;
  end if;
  if ids is null then return null; end if;
  if TG_ARGV[1] in ('row', 'both') then perform therapist_search_refresh(ids); end if;
  if TG_ARGV[1] in ('availability', 'both') then
    update therapist_search set availability_stale = true, availability_version = availability_version + 1 where therapist_id = any(ids);
  end if;
  return null;
end $$;`);
    const sources: [table: string, column: string, what: 'row' | 'availability' | 'both'][] = [
      ['therapist_profiles', 'id', 'row'],
      ['licenses', 'therapist_id', 'row'],
      ['weekly_rules', 'therapist_id', 'both'],
      ['session_types', 'therapist_id', 'both'],
      ['date_overrides', 'therapist_id', 'availability'],
      ['booking_settings', 'therapist_id', 'availability'],
      ['external_busy_times', 'therapist_id', 'availability'],
      ['bookings', 'therapist_id', 'availability'],
    ];
    for (const [table, column, what] of sources) {
      for (const [event, tables] of [['insert', 'new table as new_rows'], ['update', 'new table as new_rows old table as old_rows'], ['delete', 'old table as old_rows']]) {
        this.addSql(`create trigger "therapist_search_after_${event}" after ${event} on "${table}" referencing ${tables} for each statement execute function therapist_search_source_changed('${column}', '${what}');`);
      }
    }
    // Existing therapists.
    this.addSql(`select therapist_search_refresh(array(select id from therapist_profiles where status = 'ACTIVE'));`);
  }
}
