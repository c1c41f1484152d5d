import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207201017 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "role_assignment" drop constraint if exists "role_assignment_user_id_unique";`);
    this.addSql(`create table if not exists "role_assignment" ("id" text not null, "user_id" text not null, "role" text check ("role" in ('platform_admin', 'ufficio_di_piano', 'cooperative_owner', 'cooperative_staff')) not null, "scope_type" text null, "scope_id" text null, "granted_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "role_assignment_pkey" primary key ("id"), constraint role_assignment_scope_pair check ((scope_type IS NULL) = (scope_id IS NULL)));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_role_assignment_deleted_at" ON "role_assignment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_role_assignment_user_id_unique" ON "role_assignment" ("user_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_role_assignment_scope_type_scope_id" ON "role_assignment" ("scope_type", "scope_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "role_assignment" cascade;`);
  }

}
