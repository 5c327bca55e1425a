import { Migration } from '@mikro-orm/migrations';
import { mapPlanNames } from '@rapport/taxonomy';

// Insurance becomes data: profiles store payer ids from libs/taxonomy (PAYERS)
// instead of typed plan names. Each typed name is read through the payer
// aliases; one that matches no payer is kept in insurance_unmatched, shown to
// the therapist to choose again from the list, never lost. (The aliases are
// read from the taxonomy as it is when this runs; later aliases only match more.)
export class Migration20261130070000PayerIds extends Migration {
  override async up(): Promise<void> {
    await this.execute(`alter table "therapist_profiles" add column "insurance_unmatched" text[] not null default '{}';`);
    await this.execute(`alter table "therapist_profiles" alter column "insurance_unmatched" drop default;`);
    const rows = (await this.execute(`select "id", "insurance_accepted" from "therapist_profiles" where cardinality("insurance_accepted") > 0`)) as {
      id: string;
      insurance_accepted: string[];
    }[];
    for (const row of rows) {
      const { payerIds, unmatched } = mapPlanNames(row.insurance_accepted);
      await this.execute(`update "therapist_profiles" set "insurance_accepted" = ?::text[], "insurance_unmatched" = ?::text[] where "id" = ?`, [
        toArrayLiteral(payerIds),
        toArrayLiteral(unmatched),
        row.id,
      ]);
    }
  }
}

/** A Postgres text[] literal: every element double-quoted, `\` and `"` escaped. */
function toArrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}
