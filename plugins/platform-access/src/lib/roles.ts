/**
 * The platform's roles, declared once. Every plugin that needs to know who is calling reads
 * them from here (`@tradatewelfare/platform-access/lib/roles`), never from another plugin.
 * Later roles (Social Point operator, merchant, Distretto del Commercio) are added here with
 * the scope they belong to.
 */
export const PLATFORM_ROLES = {
  PLATFORM_ADMIN: "platform_admin",
  UFFICIO_DI_PIANO: "ufficio_di_piano",
  COOPERATIVE_OWNER: "cooperative_owner",
  COOPERATIVE_STAFF: "cooperative_staff",
} as const

export type PlatformRole = (typeof PLATFORM_ROLES)[keyof typeof PLATFORM_ROLES]

export const ALL_PLATFORM_ROLES = Object.values(PLATFORM_ROLES) as PlatformRole[]

export const SCOPE_TYPES = {
  COOPERATIVE: "cooperative",
} as const

export type ScopeType = (typeof SCOPE_TYPES)[keyof typeof SCOPE_TYPES]

/** Which kind of record a role is scoped to; null for platform-wide roles. */
export const ROLE_SCOPE: Record<PlatformRole, ScopeType | null> = {
  platform_admin: null,
  ufficio_di_piano: null,
  cooperative_owner: SCOPE_TYPES.COOPERATIVE,
  cooperative_staff: SCOPE_TYPES.COOPERATIVE,
}

export const COOPERATIVE_MEMBER_ROLES: PlatformRole[] = [
  PLATFORM_ROLES.COOPERATIVE_OWNER,
  PLATFORM_ROLES.COOPERATIVE_STAFF,
]

/** Roles that see the whole Ambito (every cooperative, order, voucher). */
export const PLATFORM_WIDE_ROLES: PlatformRole[] = [
  PLATFORM_ROLES.PLATFORM_ADMIN,
  PLATFORM_ROLES.UFFICIO_DI_PIANO,
]

export type AccessScope = { type: ScopeType; id: string }

/** What one admin request is allowed to be: resolved once per request by the access middleware. */
export type PlatformAccess = {
  user_id: string
  role: PlatformRole | null
  scope: AccessScope | null
}

export function isPlatformRole(value: unknown): value is PlatformRole {
  return typeof value === "string" && (ALL_PLATFORM_ROLES as string[]).includes(value)
}

export type RoleAssignmentIssue = { field: "role" | "scope_type" | "scope_id"; code: string }

/** The one rule for a well-formed assignment: a known role, with a scope exactly when the role has one. */
export function findRoleAssignmentIssues(input: {
  role: unknown
  scope_type?: string | null
  scope_id?: string | null
}): RoleAssignmentIssue[] {
  if (!isPlatformRole(input.role)) {
    return [{ field: "role", code: "unknown_role" }]
  }
  const expected = ROLE_SCOPE[input.role]
  const issues: RoleAssignmentIssue[] = []
  if (expected === null) {
    if (input.scope_type || input.scope_id) {
      issues.push({ field: "scope_type", code: "scope_not_allowed" })
    }
    return issues
  }
  if (input.scope_type !== expected) {
    issues.push({ field: "scope_type", code: "scope_type_mismatch" })
  }
  if (!input.scope_id) {
    issues.push({ field: "scope_id", code: "scope_required" })
  }
  return issues
}

/** The cooperative a caller belongs to, or null when the caller is not a cooperative member. */
export function cooperativeIdOf(access: PlatformAccess | undefined): string | null {
  if (!access?.role || !COOPERATIVE_MEMBER_ROLES.includes(access.role)) {
    return null
  }
  return access.scope?.type === SCOPE_TYPES.COOPERATIVE ? access.scope.id : null
}
