import { Migration } from '@mikro-orm/migrations';

// Indexes for the Postgres search engine: GIN over the taxonomy arrays, pg_trgm over
// names (typo-tolerant), and full text over name, headline and bio.
export class Migration20261125030000SearchIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "therapist_profiles_specialty_concerns_gin" on "therapist_profiles" using gin ("specialty_concerns");`);
    this.addSql(`create index "therapist_profiles_treated_concerns_gin" on "therapist_profiles" using gin ("treated_concerns");`);
    this.addSql(`create index "therapist_profiles_modalities_gin" on "therapist_profiles" using gin ("modalities");`);
    this.addSql(`create index "therapist_profiles_languages_gin" on "therapist_profiles" using gin ("languages");`);
    this.addSql(`create index "therapist_profiles_display_name_trgm" on "therapist_profiles" using gin ("display_name" gin_trgm_ops);`);
    this.addSql(`create index "therapist_profiles_search_document_index" on "therapist_profiles" using gin (to_tsvector('english', coalesce(display_name, '') || ' ' || coalesce(headline, '') || ' ' || coalesce(bio, '')));`);
  }
}
