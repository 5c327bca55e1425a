import { Migration } from '@mikro-orm/migrations';

export class Migration20261130080000BookingCare extends Migration {
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

    // Waitlists: one open entry per client and therapist; each offer is a HELD booking of one opened slot.
    this.addSql(`create table "waitlist_entries" ("id" uuid not null, "client_id" uuid not null, "therapist_id" uuid not null, "session_type_id" uuid null, "preferences" jsonb not null, "jurisdiction" text not null, "joined_at" timestamptz not null, "closed_at" timestamptz null, "closed_reason" text null, constraint "waitlist_entries_pkey" primary key ("id"));`);
    this.addSql(`create index "waitlist_entries_therapist_joined_index" on "waitlist_entries" ("therapist_id", "joined_at");`);
    this.addSql(`create unique index "waitlist_entries_open_unique" on "waitlist_entries" ("client_id", "therapist_id") where (closed_at is null);`);
    this.addSql(`alter table "waitlist_entries" add constraint "waitlist_entries_closed" check (((closed_at IS NULL) = (closed_reason IS NULL)) AND ((closed_reason IS NULL) OR (closed_reason = ANY (ARRAY['LEFT'::text, 'BOOKED'::text]))));`);
    this.addSql(`create table "waitlist_offers" ("id" uuid not null, "entry_id" uuid not null, "booking_id" uuid not null, "therapist_id" uuid not null, "slot_starts_at" timestamptz not null, "offered_at" timestamptz not null, constraint "waitlist_offers_pkey" primary key ("id"));`);
    this.addSql(`create index "waitlist_offers_therapist_slot_index" on "waitlist_offers" ("therapist_id", "slot_starts_at");`);
    this.addSql(`alter table "waitlist_offers" add constraint "waitlist_offers_booking_unique" unique ("booking_id");`);
    this.addSql(`alter table "waitlist_offers" add constraint "waitlist_offers_entry_slot_unique" unique ("entry_id", "slot_starts_at");`);
    this.addSql(`alter table "waitlist_entries" add constraint "waitlist_entries_client_id_foreign" foreign key ("client_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "waitlist_entries" add constraint "waitlist_entries_therapist_id_foreign" foreign key ("therapist_id") references "therapist_profiles" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "waitlist_entries" add constraint "waitlist_entries_session_type_id_foreign" foreign key ("session_type_id") references "session_types" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "waitlist_offers" add constraint "waitlist_offers_entry_id_foreign" foreign key ("entry_id") references "waitlist_entries" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "waitlist_offers" add constraint "waitlist_offers_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "waitlist_offers" add constraint "waitlist_offers_therapist_id_foreign" foreign key ("therapist_id") references "therapist_profiles" ("id") on update cascade on delete cascade;`);

    // Session ratings (alliance): one per completed booking; and the client's consent to share with the next therapist after a rematch offer.
    this.addSql(`create table "alliance_ratings" ("id" uuid not null, "booking_id" uuid not null, "client_id" uuid not null, "therapist_id" uuid not null, "relationship" smallint not null, "goals_and_topics" smallint not null, "approach_or_method" smallint not null, "overall" smallint not null, "not_a_good_fit" boolean not null, "rematch_offered" boolean not null, "rated_at" timestamptz not null, constraint "alliance_ratings_pkey" primary key ("id"), constraint alliance_ratings_overall check (((overall >= 0) AND (overall <= 10))), constraint alliance_ratings_approach_or_method check (((approach_or_method >= 0) AND (approach_or_method <= 10))), constraint alliance_ratings_goals_and_topics check (((goals_and_topics >= 0) AND (goals_and_topics <= 10))), constraint alliance_ratings_relationship check (((relationship >= 0) AND (relationship <= 10))));`);
    this.addSql(`alter table "alliance_ratings" add constraint "alliance_ratings_booking_id_unique" unique ("booking_id");`);
    this.addSql(`create index "alliance_ratings_client_rated_at_index" on "alliance_ratings" ("client_id", "rated_at");`);
    this.addSql(`create index "alliance_ratings_therapist_index" on "alliance_ratings" ("therapist_id");`);
    this.addSql(`create table "health_data_sharing_consents" ("id" uuid not null, "client_id" uuid not null, "rating_id" uuid not null, "given_at" timestamptz not null, "withdrawn_at" timestamptz null, constraint "health_data_sharing_consents_pkey" primary key ("id"));`);
    this.addSql(`create index "health_data_sharing_consents_client_index" on "health_data_sharing_consents" ("client_id", "given_at");`);
    this.addSql(`alter table "alliance_ratings" add constraint "alliance_ratings_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "alliance_ratings" add constraint "alliance_ratings_client_id_foreign" foreign key ("client_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "alliance_ratings" add constraint "alliance_ratings_therapist_id_foreign" foreign key ("therapist_id") references "therapist_profiles" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "health_data_sharing_consents" add constraint "health_data_sharing_consents_client_id_foreign" foreign key ("client_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "health_data_sharing_consents" add constraint "health_data_sharing_consents_rating_id_foreign" foreign key ("rating_id") references "alliance_ratings" ("id") on update cascade on delete cascade;`);
  }
}
