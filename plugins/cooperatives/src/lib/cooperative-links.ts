import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import CooperativeOrderLink from "../links/cooperative-order"
import CooperativeProductLink from "../links/cooperative-product"

type LinkRow = { cooperative_id: string; product_id?: string; order_id?: string }

/** The ids of the services a cooperative sells (one read of the link table). */
export async function productIdsOfCooperative(container: MedusaContainer, cooperativeId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: CooperativeProductLink.entryPoint,
    fields: ["product_id"],
    filters: { cooperative_id: cooperativeId },
  })
  return (data as LinkRow[]).map((row) => row.product_id!)
}

/** The ids of the orders that contain a cooperative's services. */
export async function orderIdsOfCooperative(container: MedusaContainer, cooperativeId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: CooperativeOrderLink.entryPoint,
    fields: ["order_id"],
    filters: { cooperative_id: cooperativeId },
  })
  return (data as LinkRow[]).map((row) => row.order_id!)
}

/** product id → cooperative id, for the products given. */
export async function cooperativesOfProducts(
  container: MedusaContainer,
  productIds: string[]
): Promise<Map<string, string>> {
  if (!productIds.length) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: CooperativeProductLink.entryPoint,
    fields: ["product_id", "cooperative_id"],
    filters: { product_id: productIds },
  })
  return new Map((data as LinkRow[]).map((row) => [row.product_id!, row.cooperative_id]))
}
