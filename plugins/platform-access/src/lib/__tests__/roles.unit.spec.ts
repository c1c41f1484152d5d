import { cooperativeIdOf, findRoleAssignmentIssues, PLATFORM_ROLES } from "../roles"

describe("role assignment rules", () => {
  it("accepts platform roles without scope and member roles with a cooperative", () => {
    expect(findRoleAssignmentIssues({ role: "platform_admin" })).toEqual([])
    expect(findRoleAssignmentIssues({ role: "cooperative_owner", scope_type: "cooperative", scope_id: "coop_1" })).toEqual([])
  })

  it("refuses unknown roles, missing or unexpected scopes", () => {
    expect(findRoleAssignmentIssues({ role: "superuser" })).toEqual([{ field: "role", code: "unknown_role" }])
    expect(findRoleAssignmentIssues({ role: "cooperative_staff" }).map((i) => i.code)).toEqual([
      "scope_type_mismatch",
      "scope_required",
    ])
    expect(findRoleAssignmentIssues({ role: "ufficio_di_piano", scope_type: "cooperative", scope_id: "c" })).toEqual([
      { field: "scope_type", code: "scope_not_allowed" },
    ])
  })

  it("names the cooperative of members only", () => {
    const scope = { type: "cooperative" as const, id: "coop_1" }
    expect(cooperativeIdOf({ user_id: "u", role: PLATFORM_ROLES.COOPERATIVE_STAFF, scope })).toBe("coop_1")
    expect(cooperativeIdOf({ user_id: "u", role: PLATFORM_ROLES.PLATFORM_ADMIN, scope: null })).toBeNull()
    expect(cooperativeIdOf(undefined)).toBeNull()
  })
})
