import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cooperativesOfProducts } from "../../lib/cooperative-links"
import CooperativeOrderLink from "../../links/cooperative-order"

export const findOrderCooperativesStepId = "find-order-cooperatives"

/** The cooperatives whose services are in the order and that are not linked to it yet. */
export const findOrderCooperativesStep = createStep(
  findOrderCooperativesStepId,
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "items.product_id"],
      filters: { id: input.order_id },
    })
    const productIds: string[] = (orders[0]?.items ?? [])
      .map((item: { product_id?: string | null } | null) => item?.product_id)
      .filter((id: string | null | undefined): id is string => !!id)
    const owners = await cooperativesOfProducts(container, [...new Set(productIds)])
    const { data: existing } = await query.graph({
      entity: CooperativeOrderLink.entryPoint,
      fields: ["cooperative_id"],
      filters: { order_id: input.order_id },
    })
    const linked = new Set(existing.map((row: { cooperative_id: string }) => row.cooperative_id))
    return new StepResponse([...new Set(owners.values())].filter((id) => !linked.has(id)))
  }
)
