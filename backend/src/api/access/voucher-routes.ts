import type { MiddlewareRoute } from "@medusajs/framework/http"
import { requireRoles } from "@tradatewelfare/platform-access/lib/access"
import { OPERATOR_ROLES } from "@tradatewelfare/platform-access/lib/access-policy"

const operatorsOnly = requireRoles(OPERATOR_ROLES)

/**
 * Voucher value is created and moved only by the Ufficio di Piano or a platform admin: schemes,
 * assignments, adjustments, suspensions and the voucher refunds of an order. (Cooperative
 * members are already refused by the allow-list; this names the rule where it is decided.)
 */
export const voucherRouteAccess: MiddlewareRoute[] = [
  { matcher: "/admin/voucher-schemes*", middlewares: [operatorsOnly] },
  { matcher: "/admin/vouchers*", middlewares: [operatorsOnly] },
  { matcher: /^\/admin\/orders\/[^/]+\/voucher-/, middlewares: [operatorsOnly] },
]
