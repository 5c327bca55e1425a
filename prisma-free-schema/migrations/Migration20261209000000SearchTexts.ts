import { Migration } from '@mikro-orm/migrations';

// Issue #12: a state's search with words ("trauma") first finds that state's therapists whose name
// or document match, and scores them (pg_trgm similarity, ts_rank). Those rows were therapist_search
// rows, about 2 KB each (bio, open times), one or two to a page: at 100k, TX "trauma" read 1,431 of
// them from 1,543 pages, 12.8 ms of a 20.8 ms statement. Finding and scoring the same rows in a
// table with only the state list, the name and the text vector (about 500 bytes a row) took 8.8–9.0
// ms against 16.1–19.1 (`\timing`, three rounds). therapist_search_texts is that table, kept by a
// row trigger on therapist_search in the same transaction (deleted with the row through its
// foreign key); updates that change none of its columns (availability) leave it alone.
const COLUMNS = ['jurisdictions', 'display_name', 'search_document'];
const changed = COLUMNS.map((column) => `old.${column} is distinct from new.${column}`).join(' or ');

/** The statements of `up`, also replayed by migration 20261211000000's `down`, which replaced this table. */
export function searchTextsStatements(): string[] {
  return [
    `create table "therapist_search_texts" (
      "therapist_id" uuid not null,
      "jurisdictions" text[] not null,
      "display_name" text not null,
      "search_document" tsvector null,
      constraint "therapist_search_texts_pkey" primary key ("therapist_id"),
      constraint "therapist_search_texts_therapist_id_foreign" foreign key ("therapist_id") references "therapist_search" ("therapist_id") on delete cascade);`,
    `insert into "therapist_search_texts" (therapist_id, ${COLUMNS.join(', ')}) select therapist_id, ${COLUMNS.join(', ')} from "therapist_search";`,
    `create index "therapist_search_texts_jurisdictions_gin" on "therapist_search_texts" using gin ("jurisdictions");`,
    `create index "therapist_search_texts_display_name_trgm" on "therapist_search_texts" using gin ("display_name" gin_trgm_ops);`,
    `create index "therapist_search_texts_document_index" on "therapist_search_texts" using gin ("search_document");`,
    `create function therapist_search_texts_write() returns trigger language plpgsql as $$
begin
  insert into therapist_search_texts (therapist_id, ${COLUMNS.join(', ')})
  values (new.therapist_id, ${COLUMNS.map((column) => `new.${column}`).join(', ')})
  on conflict (therapist_id) do update set ${COLUMNS.map((column) => `${column} = excluded.${column}`).join(', ')};
  return null;
end $$;`,
    `create trigger "therapist_search_texts_after_insert" after insert on "therapist_search" for each row execute function therapist_search_texts_write();`,
    `create trigger "therapist_search_texts_after_update" after update on "therapist_search" for each row
      when (${changed}) execute function therapist_search_texts_write();`,
    `create function therapist_search_texts_rebuild() returns void language sql as $$
  delete from therapist_search_texts;
  insert into therapist_search_texts (therapist_id, ${COLUMNS.join(', ')}) select therapist_id, ${COLUMNS.join(', ')} from therapist_search;
$$;`,
  ];
}

/** The statements of `down`, also run by migration 20261211000000's `up`, which replaced this table. */
export function searchTextsDropStatements(): string[] {
  return [
    `drop trigger "therapist_search_texts_after_update" on "therapist_search";`,
    `drop trigger "therapist_search_texts_after_insert" on "therapist_search";`,
    `drop function therapist_search_texts_write();`,
    `drop function therapist_search_texts_rebuild();`,
    `drop table "therapist_search_texts";`,
  ];
}

export class Migration20261209000000SearchTexts extends Migration {
  override async up(): Promise<void> {
    for (const statement of searchTextsStatements()) this.addSql(statement);
  }

  override async down(): Promise<void> {
    for (const statement of searchTextsDropStatements()) this.addSql(statement);
  }
}
