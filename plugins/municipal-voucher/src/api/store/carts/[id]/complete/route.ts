import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { localeFrom } from "../../../../../lib/messages"
import { completeCartWithVouchersWorkflow } from "../../../../../workflows/complete-cart-with-vouchers"

const PAYMENT_ERRORS_ANSWERED_WITH_THE_CART: string[] = [
  MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
  MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR,
]

/**
 * Medusa's POST /store/carts/:id/complete, same request and response, running the
 * completion that holds and captures the cart's vouchers under the cart lock.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const cartId = req.params.id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { errors, result } = await completeCartWithVouchersWorkflow(req.scope).run({
    input: { id: cartId, locale: localeFrom(req.headers["accept-language"]) },
    throwOnError: false,
  })

  const error = errors?.[0]?.error as MedusaError | undefined
  if (error) {
    if (!PAYMENT_ERRORS_ANSWERED_WITH_THE_CART.includes(error.type)) {
      throw error
    }
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: ["*", "items.*", "credit_lines.*", "payment_collection.*"],
      filters: { id: cartId },
    })
    res.status(200).json({
      type: "cart",
      cart: carts[0],
      error: { message: error.message, name: error.name, type: error.type },
    })
    return
  }

  const { data: orders } = await query.graph({
    entity: "order",
    fields: req.queryConfig?.fields ?? ["*"],
    filters: { id: result.id },
  })
  res.status(200).json({ type: "order", order: orders[0] })
}
