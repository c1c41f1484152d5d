import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refundOrderLineWorkflow } from "../../../../../workflows/refunds/refund-order-line"
import type { AdminRefundOrderLineType } from "../../validators"
import { localeOf } from "../../../../utils/locale"

/** Refunds an order line to what paid for it: voucher share to the vouchers, the rest to the card. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRefundOrderLineType>, res: MedusaResponse) => {
  const { result } = await refundOrderLineWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      ...req.validatedBody,
      actor_id: req.auth_context.actor_id,
      locale: localeOf(req),
    },
  })
  res.json({ refund: result })
}
