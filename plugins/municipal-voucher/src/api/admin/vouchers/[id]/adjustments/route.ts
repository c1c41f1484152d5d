import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { localeFrom } from "../../../../../lib/messages"
import { adjustVoucherWorkflow } from "../../../../../workflows/adjust-voucher"
import type { AdminAdjustVoucherType } from "../../validators"

/** A manual adjustment, recorded with the operator who made it and the reason given. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminAdjustVoucherType>, res: MedusaResponse) => {
  const { amount, reason, idempotency_key } = req.validatedBody
  const { result } = await adjustVoucherWorkflow(req.scope).run({
    input: {
      voucher_id: req.params.id,
      amount,
      reason,
      actor_id: req.auth_context.actor_id,
      idempotency_key: `adjustment:${idempotency_key ?? `${req.params.id}:${Date.now()}`}`,
      locale: localeFrom(req.headers["accept-language"]),
    },
  })
  res.status(201).json({ entry: result })
}
