import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207201530 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cooperative" drop constraint if exists "cooperative_partita_iva_unique";`);
    this.addSql(`alter table if exists "cooperative" drop constraint if exists "cooperative_handle_unique";`);
    this.addSql(`create table if not exists "cooperative" ("id" text not null, "handle" text not null, "name" text not null, "legal_name" text not null, "partita_iva" text not null, "codice_fiscale" text not null, "iban" text null, "address" text not null, "comune" text not null, "consortium" text null, "care_areas" text[] not null, "comuni_served" text[] not null, "description" text null, "logo_url" text null, "email" text not null, "phone" text null, "website" text null, "status" text check ("status" in ('pending', 'accredited', 'suspended', 'revoked')) not null default 'pending', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_deleted_at" ON "cooperative" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_handle_unique" ON "cooperative" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_partita_iva_unique" ON "cooperative" ("partita_iva") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_status" ON "cooperative" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "accreditation_event" ("id" text not null, "status" text check ("status" in ('pending', 'accredited', 'suspended', 'revoked')) not null, "actor_id" text null, "reason" text null, "occurred_at" timestamptz not null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "accreditation_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_accreditation_event_cooperative_id" ON "accreditation_event" ("cooperative_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_accreditation_event_deleted_at" ON "accreditation_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "accreditation_event" add constraint "accreditation_event_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "accreditation_event" drop constraint if exists "accreditation_event_cooperative_id_foreign";`);

    this.addSql(`drop table if exists "cooperative" cascade;`);

    this.addSql(`drop table if exists "accreditation_event" cascade;`);
  }

}
