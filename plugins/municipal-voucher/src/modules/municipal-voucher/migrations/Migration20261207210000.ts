import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** System reasons as codes, translated when shown; existing Italian texts stay as they are. */
export class Migration20261207210000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "voucher_ledger_entry" add column if not exists "reason_code" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "voucher_ledger_entry" drop column if exists "reason_code";`)
  }
}
