import { Migration } from '@mikro-orm/migrations';

// Photos are shown on public pages served under a strict CSP: https only, never
// javascript: or data: URLs. Browsers already upgrade http images on an https page,
// so existing http:// photos are upgraded the same way; anything else is dropped
// (the avatar falls back to initials).
export class Migration20261128000000HttpsPhotoUrls extends Migration {
  override async up(): Promise<void> {
    this.addSql(`update "therapist_profiles" set "photo_url" = 'https://' || substr("photo_url", 8) where "photo_url" ~* '^http://';`);
    this.addSql(`update "therapist_profiles" set "photo_url" = null where not ("photo_url" ~ '^https://[^[:space:]]+$' and char_length("photo_url") <= 500);`);
    this.addSql(`alter table "therapist_profiles" add constraint therapist_profiles_photo_url_https check (((photo_url IS NULL) OR ((photo_url ~ '^https://[^[:space:]]+$'::text) AND (char_length(photo_url) <= 500))));`);
  }
}
