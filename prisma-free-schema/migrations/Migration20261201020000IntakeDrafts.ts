import { Migration } from '@mikro-orm/migrations';

export class Migration20261201020000IntakeDrafts extends Migration {
  override async up(): Promise<void> {
    // A client's unfinished intake (health data: the content column holds only ciphertext bound to the row).
    this.addSql(`create table "intake_drafts" ("id" uuid not null, "client_id" uuid not null, "content" text not null, "updated_at" timestamptz not null, constraint "intake_drafts_pkey" primary key ("id"));`);
    this.addSql(`alter table "intake_drafts" add constraint "intake_drafts_client_id_unique" unique ("client_id");`);
    this.addSql(`alter table "intake_drafts" add constraint "intake_drafts_client_id_foreign" foreign key ("client_id") references "users" ("id") on update cascade on delete cascade;`);
  }
}
