import { model } from "@medusajs/framework/utils"
import { ALL_PLATFORM_ROLES } from "../../../lib/roles"

/**
 * A Medusa admin user's role on the platform, with the record it is scoped to
 * (a cooperative for its members; none for platform admins and Ufficio di Piano operators).
 */
export const RoleAssignment = model
  .define("role_assignment", {
    id: model.id({ prefix: "rolas" }).primaryKey(),
    user_id: model.text(),
    role: model.enum(ALL_PLATFORM_ROLES),
    scope_type: model.text().nullable(),
    scope_id: model.text().nullable(),
    granted_by: model.text().nullable(),
  })
  .indexes([
    // One role per user: the request middleware resolves exactly one.
    { on: ["user_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["scope_type", "scope_id"], where: "deleted_at IS NULL" },
  ])
  .checks([
    {
      name: "role_assignment_scope_pair",
      expression: (columns) =>
        `(${columns.scope_type} IS NULL) = (${columns.scope_id} IS NULL)`,
    },
  ])
