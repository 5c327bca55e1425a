import { Migration } from '@mikro-orm/migrations';

// A date override holds at most MAX_WINDOWS_PER_DAY (libs/domain) windows, like a weekday of the weekly hours.
export class Migration20261125071500OverrideWindowCount extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "date_overrides" add constraint "date_overrides_window_count" check (jsonb_array_length(windows) <= 10);`);
  }
}
