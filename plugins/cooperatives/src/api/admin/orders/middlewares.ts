import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MEMBER_ALLOWED_STOCK_ROUTES } from "@tradatewelfare/platform-access/lib/stock-admin-routes"
import {
  memberCooperativeId,
  narrowIdFilter,
  orderLineProducts,
  ownOrderIds,
  ownProductIds,
} from "../../utils/member-scope"

/**
 * What a member may know of a buyer: enough to deliver the service. Any other customer field
 * (metadata, groups, addresses book, the citizen profile with the codice fiscale, the wallet)
 * is dropped from the requested fields.
 */
export const MEMBER_CUSTOMER_FIELDS = ["id", "first_name", "last_name", "email", "phone"] as const

function limitCustomerFields(req: MedusaRequest): void {
  const fields = req.queryConfig?.fields
  if (!fields) {
    return
  }
  const kept = fields.filter((field) => !/^[*+-]?customer(\.|$)/.test(field))
  req.queryConfig.fields = [...kept, ...MEMBER_CUSTOMER_FIELDS.map((f) => `customer.${f}`)]
}

/** GET /admin/orders: a member lists only orders containing their services. */
async function scopeOrderList(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const cooperativeId = memberCooperativeId(req)
  if (cooperativeId) {
    narrowIdFilter(req.filterableFields, await ownOrderIds(req, cooperativeId))
    limitCustomerFields(req)
  }
  next()
}

/** /admin/orders/:id/…: other orders do not exist for a member; buyers show only what delivery needs. */
async function requireOwnOrder(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const cooperativeId = memberCooperativeId(req)
  if (cooperativeId) {
    if (!(await ownOrderIds(req, cooperativeId)).includes(req.params.id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
    }
    limitCustomerFields(req)
  }
  next()
}

/** POST /admin/orders/:id/fulfillments: a member fulfils only their own lines of the order. */
async function requireOwnLines(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const cooperativeId = memberCooperativeId(req)
  if (cooperativeId) {
    const lines = await orderLineProducts(req, req.params.id)
    const own = new Set(await ownProductIds(req, cooperativeId))
    const items = (req.validatedBody as { items?: { id: string }[] }).items ?? []
    const foreign = items.filter((item) => !own.has(lines.get(item.id) ?? ""))
    if (foreign.length) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `Lines ${foreign.map((i) => i.id).join(", ")} are not your cooperative's to fulfil`
      )
    }
  }
  next()
}

/** Scoping for every stock order route the allow-list opens to members (marked "order"). */
export const adminOrderScopeMiddlewares: MiddlewareRoute[] = Object.entries(MEMBER_ALLOWED_STOCK_ROUTES)
  .filter(([, scope]) => scope === "order")
  .map(([route]) => {
    const [method, matcher] = route.split(" ") as ["GET" | "POST", string]
    const middlewares =
      matcher === "/admin/orders"
        ? [scopeOrderList]
        : matcher === "/admin/orders/:id/fulfillments"
          ? [requireOwnOrder, requireOwnLines]
          : [requireOwnOrder]
    return { matcher, methods: [method], middlewares }
  })
