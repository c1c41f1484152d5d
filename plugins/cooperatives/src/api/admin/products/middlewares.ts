import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { MEMBER_ALLOWED_STOCK_ROUTES } from "@tradatewelfare/platform-access/lib/stock-admin-routes"
import { memberCooperativeId, narrowIdFilter, ownProductIds } from "../../utils/member-scope"

/** GET /admin/products: a member lists only their cooperative's services. */
async function scopeProductList(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const cooperativeId = memberCooperativeId(req)
  if (cooperativeId) {
    narrowIdFilter(req.filterableFields, await ownProductIds(req, cooperativeId))
  }
  next()
}

/**
 * POST /admin/products: the new service belongs to the member's cooperative, whatever the
 * body says; the application's products-created hook writes the link.
 */
function assignCreatedProduct(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const cooperativeId = memberCooperativeId(req)
  if (cooperativeId) {
    const body = req.validatedBody as { additional_data?: Record<string, unknown> | null }
    body.additional_data = { ...(body.additional_data ?? {}), cooperative_id: cooperativeId }
  }
  next()
}

/** /admin/products/:id/…: another cooperative's service does not exist for a member. */
async function requireOwnProduct(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const cooperativeId = memberCooperativeId(req)
  if (cooperativeId && !(await ownProductIds(req, cooperativeId)).includes(req.params.id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${req.params.id} was not found`)
  }
  next()
}

/**
 * One scoping middleware for every stock product route the allow-list opens to members
 * (platform-access's MEMBER_ALLOWED_STOCK_ROUTES marked "product"), so a route added there
 * is scoped here without another edit.
 */
export const adminProductScopeMiddlewares: MiddlewareRoute[] = Object.entries(MEMBER_ALLOWED_STOCK_ROUTES)
  .filter(([, scope]) => scope === "product")
  .map(([route]): MiddlewareRoute => {
    const [method, matcher] = route.split(" ") as ["GET" | "POST" | "DELETE", string]
    const middleware =
      matcher === "/admin/products" ? (method === "GET" ? scopeProductList : assignCreatedProduct) : requireOwnProduct
    return { matcher, methods: [method], middlewares: [middleware] }
  })
  .concat({
    // Operators name the seller of a service they create; for members it is forced to their own.
    matcher: "/admin/products",
    methods: ["POST"],
    middlewares: [],
    additionalDataValidator: { cooperative_id: z.string().min(1).optional() },
  })
