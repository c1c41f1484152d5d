import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { findUnsoldServices } from "../../lib/selling"

type CartLike = {
  cart: { locale?: string | null; items?: ({ product_id?: string | null; title?: string | null } | null)[] | null }
}

/**
 * Cart validation for the application's cart-completion validate hook (and
 * `addToCartWorkflow.hooks.validate`): refuses a cart holding a service whose cooperative is
 * not accredited (suspended, revoked or still pending). Writes nothing, so it needs no undo.
 */
export async function refuseUnsoldServices({ cart }: CartLike, { container }: { container: MedusaContainer }) {
  const items = (cart.items ?? []).filter((item): item is { product_id: string; title?: string | null } => !!item?.product_id)
  const unsold = await findUnsoldServices(container, [...new Set(items.map((item) => item.product_id))])
  if (unsold.length) {
    const names = unsold.map((u) => {
      const title = items.find((item) => item.product_id === u.product_id)?.title ?? u.product_id
      return `${title} (${u.cooperative}: ${u.status})`
    })
    const english = cart.locale?.toLowerCase().startsWith("en")
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      english
        ? `These services are not on sale because their cooperative is not accredited: ${names.join(", ")}`
        : `Questi servizi non sono in vendita perché la loro cooperativa non è accreditata: ${names.join(", ")}`
    )
  }
  return new StepResponse(undefined)
}
