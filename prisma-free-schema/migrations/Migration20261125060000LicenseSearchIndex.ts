import { Migration } from '@mikro-orm/migrations';

// bench/search showed every search scanning all licenses for the state filter.
export class Migration20261125060000LicenseSearchIndex extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "licenses_verified_jurisdiction_index" on "licenses" ("jurisdiction", "therapist_id", "expires_on") where status = 'VERIFIED';`);
  }
}
