import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129163744 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "citizen_profile" drop constraint if exists "citizen_profile_codice_fiscale_unique";`);
    this.addSql(`alter table if exists "comune" drop constraint if exists "comune_istat_code_unique";`);
    this.addSql(`create table if not exists "comune" ("id" text not null, "istat_code" text not null, "name" text not null, "province" text not null, "cadastral_code" text null, "population" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "comune_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_comune_istat_code_unique" ON "comune" ("istat_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_comune_deleted_at" ON "comune" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "citizen_profile" ("id" text not null, "codice_fiscale" text not null, "household_size" integer not null, "comune_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "citizen_profile_pkey" primary key ("id"), constraint citizen_profile_household_size_range check (household_size BETWEEN 1 AND 20));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_citizen_profile_comune_id" ON "citizen_profile" ("comune_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_citizen_profile_deleted_at" ON "citizen_profile" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_citizen_profile_codice_fiscale_unique" ON "citizen_profile" ("codice_fiscale") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "citizen_profile" add constraint "citizen_profile_comune_id_foreign" foreign key ("comune_id") references "comune" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "citizen_profile" drop constraint if exists "citizen_profile_comune_id_foreign";`);

    this.addSql(`drop table if exists "comune" cascade;`);

    this.addSql(`drop table if exists "citizen_profile" cascade;`);
  }

}
