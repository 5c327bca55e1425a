import { Migration } from '@mikro-orm/migrations';

export class Migration20261130060000BookingCare extends Migration {
  override async up(): Promise<void> {
    // Where a session happens: the therapist's own video link (https only) and a note; a private room per booking otherwise.
    this.addSql(`alter table "session_types" add column "video_link" text null, add column "location_note" text null;`);
    this.addSql(`alter table "session_types" add constraint "session_types_video_link_https" check ((video_link IS NULL) OR (video_link ~ '^https://'::text));`);
    this.addSql(`alter table "session_types" add constraint "session_types_location_note_length" check ((location_note IS NULL) OR (char_length(location_note) <= 300));`);
    this.addSql(`alter table "bookings" add column "video_room_id" uuid null;`);
    this.addSql(`update "bookings" set "video_room_id" = gen_random_uuid();`);
    this.addSql(`alter table "bookings" alter column "video_room_id" set not null;`);

    // Each therapist's private calendar feed: looked up by the token's hash; the token sealed for showing the URL again.
    this.addSql(`create table "calendar_feed_tokens" ("id" uuid not null, "therapist_id" uuid not null, "token_hash" text not null, "sealed_token" text not null, "created_at" timestamptz not null, constraint "calendar_feed_tokens_pkey" primary key ("id"));`);
    this.addSql(`alter table "calendar_feed_tokens" add constraint "calendar_feed_tokens_therapist_id_unique" unique ("therapist_id");`);
    this.addSql(`alter table "calendar_feed_tokens" add constraint "calendar_feed_tokens_token_hash_unique" unique ("token_hash");`);
    this.addSql(`alter table "calendar_feed_tokens" add constraint "calendar_feed_tokens_therapist_id_foreign" foreign key ("therapist_id") references "therapist_profiles" ("id") on update cascade on delete cascade;`);
  }
}
