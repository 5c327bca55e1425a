import { Migration } from '@mikro-orm/migrations';

export class Migration20261130050000LocalMailbox extends Migration {
  override async up(): Promise<void> {
    // Mail kept instead of sent when no SMTP_URL is set; the message is sealed (common/encryption).
    this.addSql(`create table "local_mailbox" ("id" uuid not null, "recipient" text not null, "content" text not null, "created_at" timestamptz not null, constraint "local_mailbox_pkey" primary key ("id"));`);
    this.addSql(`create index "local_mailbox_recipient_index" on "local_mailbox" ("recipient", "created_at");`);
    this.addSql(`alter table "local_mailbox" add constraint "local_mailbox_recipient_lower_case" check ("recipient" = lower("recipient"));`);
  }
}
