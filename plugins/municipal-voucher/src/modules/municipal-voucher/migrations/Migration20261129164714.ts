import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129164714 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "voucher_ledger_entry" drop constraint if exists "voucher_ledger_entry_idempotency_key_unique";`);
    this.addSql(`create table if not exists "voucher_scheme" ("id" text not null, "name" text not null, "description" text null, "comuni" text[] not null, "funding_source" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "care_areas" text[] not null, "cooperative_handles" text[] null, "product_ids" text[] null, "max_per_citizen" numeric null, "currency_code" text not null default 'eur', "status" text check ("status" in ('active', 'closed')) not null default 'active', "raw_max_per_citizen" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "voucher_scheme_pkey" primary key ("id"), constraint voucher_scheme_window check (ends_at > starts_at), constraint voucher_scheme_max_positive check (max_per_citizen IS NULL OR max_per_citizen > 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_voucher_scheme_deleted_at" ON "voucher_scheme" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "voucher" ("id" text not null, "customer_id" text not null, "amount_granted" numeric not null, "balance" numeric not null, "currency_code" text not null default 'eur', "status" text check ("status" in ('active', 'suspended', 'expired', 'exhausted')) not null default 'active', "valid_until" timestamptz not null, "reminders_sent" text[] null, "scheme_id" text not null, "raw_amount_granted" jsonb not null, "raw_balance" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "voucher_pkey" primary key ("id"), constraint voucher_balance_not_negative check (balance >= 0), constraint voucher_granted_positive check (amount_granted > 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_voucher_customer_id" ON "voucher" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_voucher_scheme_id" ON "voucher" ("scheme_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_voucher_deleted_at" ON "voucher" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "voucher_ledger_entry" ("id" text not null, "kind" text check ("kind" in ('grant', 'hold', 'capture', 'release', 'refund', 'expiry', 'adjustment')) not null, "amount" numeric not null, "reference" text null, "idempotency_key" text not null, "actor_id" text null, "reason" text null, "metadata" jsonb null, "voucher_id" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "voucher_ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_voucher_ledger_entry_idempotency_key_unique" ON "voucher_ledger_entry" ("idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_voucher_ledger_entry_voucher_id" ON "voucher_ledger_entry" ("voucher_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_voucher_ledger_entry_deleted_at" ON "voucher_ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_voucher_ledger_entry_voucher_id_reference" ON "voucher_ledger_entry" ("voucher_id", "reference") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "voucher" add constraint "voucher_scheme_id_foreign" foreign key ("scheme_id") references "voucher_scheme" ("id") on update cascade;`);

    this.addSql(`alter table if exists "voucher_ledger_entry" add constraint "voucher_ledger_entry_voucher_id_foreign" foreign key ("voucher_id") references "voucher" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "voucher" drop constraint if exists "voucher_scheme_id_foreign";`);

    this.addSql(`alter table if exists "voucher_ledger_entry" drop constraint if exists "voucher_ledger_entry_voucher_id_foreign";`);

    this.addSql(`drop table if exists "voucher_scheme" cascade;`);

    this.addSql(`drop table if exists "voucher" cascade;`);

    this.addSql(`drop table if exists "voucher_ledger_entry" cascade;`);
  }

}
