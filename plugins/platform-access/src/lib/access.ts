import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { PLATFORM_ACCESS_MODULE } from "../modules/platform-access"
import type PlatformAccessModuleService from "../modules/platform-access/service"
import { isRouteAllowed } from "./access-policy"
import { isPlatformRole, PlatformAccess, PlatformRole, ScopeType } from "./roles"

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** The caller's role and scope, set once per admin request by `resolvePlatformAccess`. */
      platformAccess?: PlatformAccess
    }
  }
}

/** Reads a user's role from the platform_access module (one indexed query). */
export async function loadPlatformAccess(container: MedusaContainer, userId: string): Promise<PlatformAccess> {
  const service = container.resolve<PlatformAccessModuleService>(PLATFORM_ACCESS_MODULE)
  const [assignment] = await service.listRoleAssignments(
    { user_id: userId },
    { take: 1, select: ["role", "scope_type", "scope_id"] }
  )
  if (!assignment || !isPlatformRole(assignment.role)) {
    return { user_id: userId, role: null, scope: null }
  }
  return {
    user_id: userId,
    role: assignment.role as PlatformRole,
    scope:
      assignment.scope_type && assignment.scope_id
        ? { type: assignment.scope_type as ScopeType, id: assignment.scope_id }
        : null,
  }
}

/** A secret API key acts with the role of the user who created it. */
async function callerUserId(req: MedusaRequest): Promise<string | null> {
  const auth = (req as MedusaRequest & { auth_context?: { actor_id?: string; actor_type?: string } }).auth_context
  if (!auth?.actor_id) {
    return null
  }
  if (auth.actor_type !== "api-key") {
    return auth.actor_id
  }
  const apiKeys = req.scope.resolve(Modules.API_KEY)
  const key = await apiKeys.retrieveApiKey(auth.actor_id, { select: ["created_by"] })
  return key.created_by
}

/**
 * The one middleware that resolves the caller's role and scope (req.platformAccess) and
 * enforces the allow-list of each role over every admin route, stock or custom.
 * Routes Medusa serves without authentication (invite acceptance) carry no caller and pass.
 */
export async function resolvePlatformAccess(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const userId = await callerUserId(req)
  if (!userId) {
    return next()
  }
  const access = await loadPlatformAccess(req.scope, userId)
  req.platformAccess = access
  const path = req.originalUrl.split("?")[0]
  if (!isRouteAllowed(access, req.method, path)) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      access.role ? `The role ${access.role} may not call ${req.method} ${path}` : "This user has no role on the platform"
    )
  }
  next()
}

/** The caller's access as resolved by `resolvePlatformAccess`, or undefined on unauthenticated routes. */
export function platformAccessOf(req: MedusaRequest): PlatformAccess | undefined {
  return req.platformAccess
}

/** The caller's access, as resolved by `resolvePlatformAccess`; refuses when there is none. */
export function getPlatformAccess(req: MedusaRequest): PlatformAccess {
  if (!req.platformAccess) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  }
  return req.platformAccess
}

/** A route middleware admitting only the given roles (on top of the allow-list). */
export function requireRoles(roles: PlatformRole[]) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const access = getPlatformAccess(req)
    if (!access.role || !roles.includes(access.role)) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, `Only ${roles.join(", ")} may call this route`)
    }
    next()
  }
}
