import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ACCREDITATION_STATUSES } from "./cooperative-rules"

type Unsold = { product_id: string; cooperative: string; status: string }

/**
 * The services whose cooperative is not accredited (pending, suspended, revoked), among the
 * given products or all. Services with no cooperative are not judged here.
 */
export async function findUnsoldServices(container: MedusaContainer, productIds?: string[]): Promise<Unsold[]> {
  if (productIds && !productIds.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative",
    fields: ["name", "status", "products.id"],
    filters: { status: { $ne: ACCREDITATION_STATUSES.ACCREDITED } },
  })
  const wanted = productIds ? new Set(productIds) : null
  return (data as { name: string; status: string; products?: ({ id: string } | null)[] }[]).flatMap((coop) =>
    (coop.products ?? [])
      .filter((p): p is { id: string } => !!p && (!wanted || wanted.has(p.id)))
      .map((p) => ({ product_id: p.id, cooperative: coop.name, status: coop.status }))
  )
}
