import { Migration } from '@mikro-orm/migrations';

// Far sessions, fees charged to a saved card, and reconciliation (issue 10
// §4, §5, §7). A far session saves the card (a setup-mode Checkout Session,
// `card_setups`) on the client's Stripe customer (`stripe_customers`) and is
// charged off-session later: such charges are `payments` rows with no Checkout
// Session. A charge that fails leaves the booking PAYMENT_DUE. What
// reconciliation cannot repair is kept in `payment_mismatches` for admins.
export class Migration20261201000000FarSessionPayments extends Migration {
  override async up(): Promise<void> {
    // New enum values are not used in this migration (PostgreSQL allows that inside the transaction).
    this.addSql(`alter type "booking_payment_status" add value if not exists 'CARD_SAVED';`);
    this.addSql(`alter type "booking_payment_status" add value if not exists 'PAYMENT_DUE';`);
    this.addSql(`alter type "payment_status" add value if not exists 'FAILED';`);

    this.addSql(`create type "payment_kind" as enum ('CHECKOUT', 'OFF_SESSION');`);
    this.addSql(`create type "payment_purpose" as enum ('SESSION', 'FEE');`);
    this.addSql(`alter table "payments" add column "kind" "payment_kind" not null default 'CHECKOUT', add column "purpose" "payment_purpose" not null default 'SESSION';`);
    this.addSql(`alter table "payments" alter column "checkout_session_id" drop not null, alter column "checkout_url" drop not null;`);
    this.addSql(`alter table "payments" add constraint payments_checkout_fields check ((kind = 'CHECKOUT'::payment_kind) = (checkout_session_id IS NOT NULL));`);
    this.addSql(`alter table "payments" add constraint payments_off_session_has_intent check ((kind = 'CHECKOUT'::payment_kind) OR (payment_intent_id IS NOT NULL));`);

    this.addSql(`create table "stripe_customers" ("user_id" uuid not null, "customer_id" text not null, "created_at" timestamptz not null, constraint "stripe_customers_pkey" primary key ("user_id"));`);
    this.addSql(`alter table "stripe_customers" add constraint "stripe_customers_customer_id_unique" unique ("customer_id");`);
    this.addSql(`alter table "stripe_customers" add constraint "stripe_customers_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete restrict;`);

    this.addSql(`create type "card_setup_status" as enum ('OPEN', 'SAVED', 'EXPIRED');`);
    this.addSql(`create table "card_setups" ("id" uuid not null, "booking_id" uuid not null, "checkout_session_id" text not null, "checkout_url" text null, "customer_id" text not null, "setup_intent_id" text null, "payment_method_id" text null, "status" "card_setup_status" not null default 'OPEN', "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "card_setups_pkey" primary key ("id"), constraint card_setups_saved_has_card check ((status <> 'SAVED'::card_setup_status) OR ((payment_method_id IS NOT NULL) AND (setup_intent_id IS NOT NULL))));`);
    this.addSql(`alter table "card_setups" add constraint "card_setups_booking_id_unique" unique ("booking_id");`);
    this.addSql(`alter table "card_setups" add constraint "card_setups_checkout_session_id_unique" unique ("checkout_session_id");`);
    this.addSql(`alter table "card_setups" add constraint "card_setups_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete restrict;`);

    this.addSql(`create table "payment_mismatches" ("id" uuid not null, "stripe_object_id" text not null, "reason" text not null, "booking_id" uuid null, "amount_minor" int null, "details" text not null, "detected_at" timestamptz not null, "resolved_at" timestamptz null, "resolved_by_id" uuid null, "resolution_note" text null, constraint "payment_mismatches_pkey" primary key ("id"), constraint payment_mismatches_resolved check ((resolved_at IS NULL) = (resolved_by_id IS NULL)), constraint payment_mismatches_reason check ((reason ~ '^[A-Z_]+$'::text)));`);
    this.addSql(`alter table "payment_mismatches" add constraint "payment_mismatches_object_reason_unique" unique ("stripe_object_id", "reason");`);
    this.addSql(`create index "payment_mismatches_open_index" on "payment_mismatches" ("detected_at") where (resolved_at is null);`);
    this.addSql(`alter table "payment_mismatches" add constraint "payment_mismatches_resolved_by_id_foreign" foreign key ("resolved_by_id") references "users" ("id") on update cascade on delete set null;`);
  }
}
