import { Migration } from '@mikro-orm/migrations';

// Payments (issue 10): one row per Checkout Session of a booking, the Stripe
// event ids already accepted (a redelivery is dropped by the primary key), and
// whether a therapist's connected account can take charges.
export class Migration20261130090000Payments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "payment_status" as enum ('OPEN', 'SUCCEEDED', 'EXPIRED', 'REFUNDED');`);
    this.addSql(`create table "processed_webhook_events" ("id" text not null, "type" text not null, "received_at" timestamptz not null, constraint "processed_webhook_events_pkey" primary key ("id"));`);
    this.addSql(`create table "payments" ("id" uuid not null, "booking_id" uuid not null, "attempt" smallint not null, "checkout_session_id" text not null, "checkout_url" text not null, "payment_intent_id" text null, "charge_id" text null, "amount_minor" int not null, "application_fee_minor" int not null, "refunded_minor" int not null default 0, "application_fee_refunded_minor" int not null default 0, "currency" text not null, "status" "payment_status" not null default 'OPEN', "disputed" boolean not null default false, "last_error" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "payments_pkey" primary key ("id"), constraint payments_currency check ((currency ~ '^[a-z]{3}$'::text)), constraint payments_paid_has_intent check ((((status = 'OPEN'::payment_status) OR (status = 'EXPIRED'::payment_status)) OR (payment_intent_id IS NOT NULL))), constraint payments_refunds check (((refunded_minor >= 0) AND (refunded_minor <= amount_minor) AND (application_fee_refunded_minor >= 0) AND (application_fee_refunded_minor <= application_fee_minor) AND (application_fee_refunded_minor <= refunded_minor))), constraint payments_amounts check (((amount_minor > 0) AND (application_fee_minor >= 0) AND (application_fee_minor <= amount_minor))));`);
    this.addSql(`create index "payments_booking_id_index" on "payments" ("booking_id");`);
    this.addSql(`alter table "payments" add constraint "payments_booking_attempt_unique" unique ("booking_id", "attempt");`);
    this.addSql(`alter table "payments" add constraint "payments_payment_intent_id_unique" unique ("payment_intent_id");`);
    this.addSql(`alter table "payments" add constraint "payments_checkout_session_id_unique" unique ("checkout_session_id");`);
    this.addSql(`alter table "payments" add constraint "payments_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "therapist_profiles" add column "charges_enabled" boolean not null default false;`);
  }
}
