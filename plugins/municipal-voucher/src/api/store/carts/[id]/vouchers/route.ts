import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { refuse } from "../../../../../lib/errors"
import { applyVoucherToCartWorkflow } from "../../../../../workflows/checkout/apply-voucher-to-cart"
import { cartSplit } from "../../../../utils/cart-split"
import type { StoreApplyVoucherType } from "../../validators"
import { localeOf } from "../../../../utils/locale"

/** How the citizen's cart is split between vouchers and card. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const split = await cartSplit(req.scope, req.params.id)
  if (!split || split.customer_id !== req.auth_context.actor_id) {
    refuse(MedusaError.Types.NOT_FOUND, "cart_not_found", localeOf(req))
  }
  res.json({ split })
}

/** Applies one of the citizen's vouchers to their cart: the response shows the lines it pays and the card's rest. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreApplyVoucherType>, res: MedusaResponse) => {
  const { result } = await applyVoucherToCartWorkflow(req.scope).run({
    input: {
      cart_id: req.params.id,
      voucher_id: req.validatedBody.voucher_id,
      customer_id: req.auth_context.actor_id,
      locale: localeOf(req),
    },
  })
  res.json({ cover: result.cover, split: await cartSplit(req.scope, req.params.id) })
}
