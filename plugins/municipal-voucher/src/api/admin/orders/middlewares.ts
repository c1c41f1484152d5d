import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { message } from "../../../lib/messages"
import { VOUCHER_PROVIDER_ID } from "../../../workflows/checkout/voucher-cart"
import { AdminRefundOrderLine } from "./validators"
import { localeOf } from "../../utils/locale"

/**
 * Medusa's stock refund of a payment knows nothing of order lines: for a voucher payment
 * it is refused with the way forward (the line refund), so voucher value never leaves by
 * a route that cannot tell which voucher paid what. Card refunds made there are allowed,
 * and the line refund counts them against what the card can still give back.
 */
async function refuseStockRefundOfVoucher(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "payment", fields: ["provider_id"], filters: { id: req.params.id } })
  if ((data[0] as { provider_id?: string } | undefined)?.provider_id === VOUCHER_PROVIDER_ID) {
    res.status(400).json({ type: "not_allowed", message: message("stock_refund_of_voucher", localeOf(req)) })
    return
  }
  next()
}

export const adminOrderVoucherMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/orders/:id/voucher-refunds",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminRefundOrderLine)],
  },
  {
    matcher: "/admin/payments/:id/refund",
    methods: ["POST"],
    middlewares: [refuseStockRefundOfVoucher],
  },
]
