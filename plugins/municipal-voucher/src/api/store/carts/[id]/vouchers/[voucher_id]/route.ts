import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeVoucherFromCartWorkflow } from "../../../../../../workflows/checkout/remove-voucher-from-cart"
import { cartSplit } from "../../../../../utils/cart-split"
import { localeOf } from "../../../../../utils/locale"

/** Takes the voucher off the citizen's cart. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await removeVoucherFromCartWorkflow(req.scope).run({
    input: {
      cart_id: req.params.id,
      voucher_id: req.params.voucher_id,
      customer_id: req.auth_context.actor_id,
      locale: localeOf(req),
    },
  })
  res.json({ split: await cartSplit(req.scope, req.params.id) })
}
