import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207234428 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "citizen_profile_change_request" drop constraint if exists "citizen_profile_change_request_profile_id_unique";`);
    this.addSql(`create table if not exists "citizen_profile_change_request" ("id" text not null, "profile_id" text not null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "requested_comune_id" text null, "requested_household_size" integer null, "previous_comune_id" text not null, "previous_household_size" integer not null, "note" text null, "requested_by" text not null, "decided_by" text null, "decided_at" timestamptz null, "decision_reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "citizen_profile_change_request_pkey" primary key ("id"), constraint citizen_profile_change_request_household_size_range check (requested_household_size IS NULL OR requested_household_size BETWEEN 1 AND 20));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_citizen_profile_change_request_profile_id" ON "citizen_profile_change_request" ("profile_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_citizen_profile_change_request_deleted_at" ON "citizen_profile_change_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_citizen_profile_change_request_profile_id_unique" ON "citizen_profile_change_request" ("profile_id") WHERE status = 'pending' AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "citizen_profile_change_request" add constraint "citizen_profile_change_request_profile_id_foreign" foreign key ("profile_id") references "citizen_profile" ("id") on update cascade;`);

    this.addSql(`alter table if exists "citizen_profile" add column if not exists "sex" text check ("sex" in ('F', 'M')) null, add column if not exists "date_of_birth" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "citizen_profile_change_request" cascade;`);

    this.addSql(`alter table if exists "citizen_profile" drop column if exists "sex", drop column if exists "date_of_birth";`);
  }

}
