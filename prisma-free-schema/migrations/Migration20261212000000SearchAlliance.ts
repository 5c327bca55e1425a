import { Migration } from '@mikro-orm/migrations';
import { changedColumnsTrigger, SUMMARY_COLUMNS } from './Migration20261203010000SearchChangeCounter';

// Issue #12: clients' session ratings in the search read model. Every computed search read the
// ratings of its 400 candidates from alliance_ratings (a statement of 400 ids beside the rows'),
// though they change only when a client rates a session. Each row now holds what the ranking
// needs (libs/domain allianceForMatching): how many clients rated, and the mean over clients of
// each client's mean total (each client counted once). Kept by a statement trigger on
// alliance_ratings in the same transaction, and filled by a row trigger as a row is inserted (a
// therapist listed again keeps their ratings). The ranking's own counter already moves with every
// rating (migration 20261203030000); the search counter does not: no engine answer reads these.
const ALLIANCE_COLUMNS = ['alliance_clients', 'alliance_mean_total'];

export class Migration20261212000000SearchAlliance extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "therapist_search" add column "alliance_clients" int not null default 0, add column "alliance_mean_total" double precision null;`);
    this.addSql(`alter table "therapist_search" add constraint "therapist_search_alliance_check" check ((alliance_clients = 0) = (alliance_mean_total is null) and alliance_clients >= 0);`);

    this.addSql(`create function therapist_search_alliance(therapist uuid) returns table (clients int, mean_total double precision) language sql stable as $$
  select count(*)::int, avg(c.mean_total) from (
    select sum(r.relationship + r.goals_and_topics + r.approach_or_method + r.overall)::float8 / count(*) as mean_total
    from alliance_ratings r where r.therapist_id = therapist group by r.client_id) c
$$;`);

    this.addSql(`create function therapist_search_alliance_fill() returns trigger language plpgsql as $$
begin
  select a.clients, a.mean_total into new.alliance_clients, new.alliance_mean_total from therapist_search_alliance(new.therapist_id) a;
  return new;
end $$;`);
    this.addSql(`create trigger "therapist_search_alliance_before_insert" before insert on "therapist_search" for each row execute function therapist_search_alliance_fill();`);

    this.addSql(`create function therapist_search_alliance_write(ids uuid[]) returns void language sql as $$
  update therapist_search s set alliance_clients = a.clients, alliance_mean_total = a.mean_total
  from unnest(ids) as t(id) cross join lateral therapist_search_alliance(t.id) a
  where s.therapist_id = t.id and (s.alliance_clients, s.alliance_mean_total) is distinct from (a.clients, a.mean_total)
$$;`);
    this.addSql(`create function therapist_search_alliance_changed() returns trigger language plpgsql as $$
declare
  ids uuid[];
begin
  if TG_OP = 'INSERT' then
    select array_agg(distinct therapist_id) into ids from new_rows;
  elsif TG_OP = 'DELETE' then
    select array_agg(distinct therapist_id) into ids from old_rows;
  else
    select array_agg(distinct id) into ids from (select therapist_id as id from new_rows union select therapist_id from old_rows) changed;
  end if;
  if ids is not null then perform therapist_search_alliance_write(ids); end if;
  return null;
end $$;`);
    for (const [event, tables] of [['insert', 'new table as new_rows'], ['update', 'new table as new_rows old table as old_rows'], ['delete', 'old table as old_rows']]) {
      this.addSql(`create trigger "therapist_search_alliance_after_${event}" after ${event} on "alliance_ratings" referencing ${tables} for each statement execute function therapist_search_alliance_changed();`);
    }

    // Rated therapists as they are now (the rest keep the defaults: nobody rated).
    this.addSql(`select therapist_search_alliance_write(array(select distinct therapist_id from alliance_ratings));`);

    // A rating moves the ranking's counter; the engines' answers never read these columns.
    this.addSql(`drop trigger "therapist_search_changed_columns" on "therapist_search";`);
    this.addSql(changedColumnsTrigger([...SUMMARY_COLUMNS, ...ALLIANCE_COLUMNS]));
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "therapist_search_changed_columns" on "therapist_search";`);
    this.addSql(changedColumnsTrigger(SUMMARY_COLUMNS));
    for (const event of ['insert', 'update', 'delete']) this.addSql(`drop trigger "therapist_search_alliance_after_${event}" on "alliance_ratings";`);
    this.addSql(`drop function therapist_search_alliance_changed();`);
    this.addSql(`drop function therapist_search_alliance_write(uuid[]);`);
    this.addSql(`drop trigger "therapist_search_alliance_before_insert" on "therapist_search";`);
    this.addSql(`drop function therapist_search_alliance_fill();`);
    this.addSql(`drop function therapist_search_alliance(uuid);`);
    this.addSql(`alter table "therapist_search" drop column "alliance_clients", drop column "alliance_mean_total";`);
  }
}
