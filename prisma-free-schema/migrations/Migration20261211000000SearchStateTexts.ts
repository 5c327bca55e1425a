import { Migration } from '@mikro-orm/migrations';
import { searchTextsDropStatements, searchTextsStatements } from './Migration20261209000000SearchTexts';

// Issue #12: a state's search with words ("trauma") finds that state's therapists whose name or
// document match, and scores each (pg_trgm similarity, ts_rank). In therapist_search_texts (one row
// a therapist, the state list as an array) a state's rows lay wherever they were written: at 100k,
// TX "trauma" intersected the state list's GIN index (9,668 entries) with the words' (13,249 and
// 1,215), then read its 1,431 rows from 1,373 of the table's 5,600 pages: 12.6 ms of a 26.8 ms
// statement. Here a therapist has a row per state it is licensed in, in a partition per state, so
// a state's rows sit together (TX: 9,668 rows on 627 pages) under indexes of that state's rows
// alone. The same rows found and scored on a prototype of TX's partition: 6.9–10.4 ms against
// 13.4–21.1 (`\timing`, four rounds), and 2.5–4.2 ms against 6.9–9.2 without the scores.
// One partition per code of the taxonomy's jurisdictions as this migration was written, frozen
// here; any other code lands in the default partition, still correct, only not kept apart.
// Kept, as before, by a row trigger on therapist_search in the same transaction, and deleted with
// the row through its foreign key; updates that change none of its columns (availability) leave
// it alone.
const JURISDICTIONS = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS',
  'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC',
  'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
] as const;
const TABLE = 'therapist_search_state_texts';
const SOURCES = ['jurisdictions', 'display_name', 'search_document'];
const changed = SOURCES.map((column) => `old.${column} is distinct from new.${column}`).join(' or ');
/** A therapist_search row's text rows: one per distinct state of its list. */
const rowsOf = (alias: string) =>
  `select distinct j.jurisdiction, ${alias}.therapist_id, ${alias}.display_name, ${alias}.search_document from unnest(${alias}.jurisdictions) as j(jurisdiction)`;
/** Every read-model row's text rows, written into the (empty) table: the migration's copy and the rebuild's. */
const COPY_ALL = `insert into ${TABLE} (jurisdiction, therapist_id, display_name, search_document) select r.* from therapist_search s cross join lateral (${rowsOf('s')}) r;`;

export class Migration20261211000000SearchStateTexts extends Migration {
  override async up(): Promise<void> {
    for (const statement of searchTextsDropStatements()) this.addSql(statement);

    this.addSql(`create table "${TABLE}" (
      "jurisdiction" text not null,
      "therapist_id" uuid not null,
      "display_name" text not null,
      "search_document" tsvector null,
      constraint "${TABLE}_pkey" primary key ("jurisdiction", "therapist_id"),
      constraint "${TABLE}_therapist_id_foreign" foreign key ("therapist_id") references "therapist_search" ("therapist_id") on delete cascade
    ) partition by list ("jurisdiction");`);
    for (const code of JURISDICTIONS) this.addSql(`create table "${TABLE}_${code.toLowerCase()}" partition of "${TABLE}" for values in ('${code}');`);
    this.addSql(`create table "${TABLE}_other" partition of "${TABLE}" default;`);
    this.addSql(COPY_ALL);
    // Built after the copy (one pass per partition); created on the parent, so every partition has its own.
    this.addSql(`create index "${TABLE}_therapist_id_index" on "${TABLE}" ("therapist_id");`);
    this.addSql(`create index "${TABLE}_display_name_trgm" on "${TABLE}" using gin ("display_name" gin_trgm_ops);`);
    this.addSql(`create index "${TABLE}_document_index" on "${TABLE}" using gin ("search_document");`);
    // A state left the list: its row goes; every state on it gets the current name and text.
    this.addSql(`create function ${TABLE}_write() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and old.jurisdictions is distinct from new.jurisdictions then
    delete from ${TABLE} where therapist_id = new.therapist_id and jurisdiction <> all(new.jurisdictions);
  end if;
  insert into ${TABLE} (jurisdiction, therapist_id, display_name, search_document)
  ${rowsOf('new')}
  on conflict (jurisdiction, therapist_id) do update set display_name = excluded.display_name, search_document = excluded.search_document
  where (${TABLE}.display_name, ${TABLE}.search_document) is distinct from (excluded.display_name, excluded.search_document);
  return null;
end $$;`);
    this.addSql(`create trigger "${TABLE}_after_insert" after insert on "therapist_search" for each row execute function ${TABLE}_write();`);
    this.addSql(`create trigger "${TABLE}_after_update" after update on "therapist_search" for each row
      when (${changed}) execute function ${TABLE}_write();`);
    this.addSql(`create function ${TABLE}_rebuild() returns void language sql as $$
  delete from ${TABLE};
  ${COPY_ALL}
$$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "${TABLE}_after_update" on "therapist_search";`);
    this.addSql(`drop trigger "${TABLE}_after_insert" on "therapist_search";`);
    this.addSql(`drop function ${TABLE}_write();`);
    this.addSql(`drop function ${TABLE}_rebuild();`);
    this.addSql(`drop table "${TABLE}";`);
    for (const statement of searchTextsStatements()) this.addSql(statement);
  }
}
