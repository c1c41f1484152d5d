import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { platformAccessOf } from "@tradatewelfare/platform-access/lib/access"
import { cooperativeIdOf } from "@tradatewelfare/platform-access/lib/roles"
import { orderIdsOfCooperative, productIdsOfCooperative } from "../../lib/cooperative-links"

/**
 * The cooperative of the calling member, or null for platform-wide roles. The role itself was
 * resolved once for this request by platform-access's middleware; a member without a scope is
 * refused rather than treated as unscoped.
 */
export function memberCooperativeId(req: MedusaRequest): string | null {
  const access = platformAccessOf(req)
  if (!access?.role || access.role === "platform_admin" || access.role === "ufficio_di_piano") {
    return null
  }
  const cooperativeId = cooperativeIdOf(access)
  if (!cooperativeId) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "This user belongs to no cooperative")
  }
  return cooperativeId
}

/**
 * Filters a list query by ids: keeps only allowed ones (intersected with any ids the caller
 * asked for). An empty allow-list must still filter, so it becomes an id no record can have.
 */
export function narrowIdFilter(filters: Record<string, unknown>, allowed: string[]): void {
  const requested = filters.id
  const asked = requested === undefined ? null : ([] as string[]).concat(requested as string | string[])
  const ids = asked ? allowed.filter((id) => asked.includes(id)) : allowed
  filters.id = ids.length ? ids : ["none"]
}

export async function ownProductIds(req: MedusaRequest, cooperativeId: string): Promise<string[]> {
  return productIdsOfCooperative(req.scope, cooperativeId)
}

export async function ownOrderIds(req: MedusaRequest, cooperativeId: string): Promise<string[]> {
  return orderIdsOfCooperative(req.scope, cooperativeId)
}

/** The product ids of an order's lines, by line id. */
export async function orderLineProducts(req: MedusaRequest, orderId: string): Promise<Map<string, string | null>> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["items.id", "items.product_id"],
    filters: { id: orderId },
  })
  const items = (data[0]?.items ?? []) as ({ id: string; product_id: string | null } | null)[]
  return new Map(items.filter((i) => !!i).map((i) => [i!.id, i!.product_id]))
}
