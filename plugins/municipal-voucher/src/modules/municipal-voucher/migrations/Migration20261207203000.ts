import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Ledger kind `reversal`: a refund taken back because its card part failed. */
export class Migration20261207203000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "voucher_ledger_entry" drop constraint if exists "voucher_ledger_entry_kind_check";`)
    this.addSql(
      `alter table if exists "voucher_ledger_entry" add constraint "voucher_ledger_entry_kind_check" check ("kind" in ('grant', 'hold', 'capture', 'release', 'refund', 'reversal', 'expiry', 'adjustment'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "voucher_ledger_entry" drop constraint if exists "voucher_ledger_entry_kind_check";`)
    this.addSql(
      `alter table if exists "voucher_ledger_entry" add constraint "voucher_ledger_entry_kind_check" check ("kind" in ('grant', 'hold', 'capture', 'release', 'refund', 'expiry', 'adjustment'));`
    )
  }
}
