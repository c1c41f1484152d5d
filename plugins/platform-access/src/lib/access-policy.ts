import { RouteRule, RouteRuleSet } from "./route-rules"
import { COOPERATIVE_MEMBER_ROLES, PLATFORM_ROLES, PlatformAccess, PlatformRole } from "./roles"
import { MEMBER_ALLOWED_STOCK_ROUTES, MEMBER_REFUSED_STOCK_ROUTES } from "./stock-admin-routes"

/**
 * Routes only a platform admin may call: who can sign in (users, API keys), the store's own
 * settings, and Medusa's Enterprise RBAC routes (never enabled here).
 */
export const PLATFORM_ADMIN_ONLY_ROUTES: readonly RouteRule[] = [
  "* /admin/api-keys*",
  "POST /admin/users/:id",
  "DELETE /admin/users/:id",
  "* /admin/users/:id/roles*",
  "POST /admin/users/:id/reset-password",
  "POST /admin/stores/:id",
  "* /admin/rbac*",
  "POST /admin/index/sync",
  "* /admin/search-indexes*",
]

/** The Ufficio di Piano and platform admins: the roles that see the whole Ambito. */
export const OPERATOR_ROLES: PlatformRole[] = [PLATFORM_ROLES.PLATFORM_ADMIN, PLATFORM_ROLES.UFFICIO_DI_PIANO]

const platformAdminOnly = new RouteRuleSet(PLATFORM_ADMIN_ONLY_ROUTES)
// Every stock route, so a request is judged by the route Medusa will actually serve.
const stockRoutes = new RouteRuleSet([...Object.keys(MEMBER_ALLOWED_STOCK_ROUTES), ...MEMBER_REFUSED_STOCK_ROUTES])

// Custom (plugin) routes open to scoped roles, declared by the plugin that owns them.
const customAllowed = new Map<PlatformRole, RouteRule[]>()
let customSets = new Map<PlatformRole, RouteRuleSet>()

/**
 * Opens custom admin routes to scoped roles (cooperative members, later others). A plugin
 * calls this from its `api/middlewares.ts` for each route it scopes itself; any admin route
 * not opened here or in the stock allow-list is refused to those roles.
 */
export function allowRoutesForRoles(roles: PlatformRole[], rules: RouteRule[]): void {
  for (const role of roles) {
    customAllowed.set(role, [...(customAllowed.get(role) ?? []), ...rules])
  }
  customSets = new Map([...customAllowed].map(([role, list]) => [role, new RouteRuleSet(list)]))
}

/** The allow-list decision for one admin request. */
export function isRouteAllowed(access: PlatformAccess, method: string, path: string): boolean {
  switch (access.role) {
    case PLATFORM_ROLES.PLATFORM_ADMIN:
      return true
    case PLATFORM_ROLES.UFFICIO_DI_PIANO:
      return !platformAdminOnly.matches(method, path)
    case null:
      // A user with no role may only learn who they are (the dashboard's first call).
      return method === "GET" && path === "/admin/users/me"
    default:
      return isScopedRoleAllowed(access.role, method, path)
  }
}

function isScopedRoleAllowed(role: PlatformRole, method: string, path: string): boolean {
  // No plugin overrides a stock route, so a stock match decides; otherwise the plugins' own lists.
  const stock = stockRoutes.bestMatch(method, path)
  if (stock) {
    return COOPERATIVE_MEMBER_ROLES.includes(role) && stock in MEMBER_ALLOWED_STOCK_ROUTES
  }
  return customSets.get(role)?.matches(method, path) ?? false
}
