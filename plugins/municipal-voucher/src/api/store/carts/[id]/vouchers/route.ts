import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { localeFrom } from "../../../../../lib/messages"
import { applyVoucherToCartWorkflow } from "../../../../../workflows/apply-voucher-to-cart"
import { cartSplit } from "../../../../utils/cart-split"
import type { StoreApplyVoucherType } from "../../validators"

/** How the citizen's cart is split between vouchers and card. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ split: await cartSplit(req.scope, req.params.id) })
}

/** Applies one of the citizen's vouchers to their cart: the response shows the lines it pays and the card's rest. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreApplyVoucherType>, res: MedusaResponse) => {
  const { result } = await applyVoucherToCartWorkflow(req.scope).run({
    input: {
      cart_id: req.params.id,
      voucher_id: req.validatedBody.voucher_id,
      customer_id: req.auth_context.actor_id,
      locale: localeFrom(req.headers["accept-language"]),
    },
  })
  res.json({ cover: result.cover, split: await cartSplit(req.scope, req.params.id) })
}
