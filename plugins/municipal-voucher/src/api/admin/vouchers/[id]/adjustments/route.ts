import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answeringConflicts } from "../../../../utils/conflicts"
import { adjustVoucherWorkflow } from "../../../../../workflows/vouchers/adjust-voucher"
import type { AdminAdjustVoucherType } from "../../validators"
import { localeOf } from "../../../../utils/locale"

/** A manual adjustment, recorded with the operator who made it and the reason given. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminAdjustVoucherType>, res: MedusaResponse) => {
  const { amount, reason, idempotency_key } = req.validatedBody
  const outcome = await answeringConflicts(res, () =>
    adjustVoucherWorkflow(req.scope).run({
      input: {
        voucher_id: req.params.id,
        amount,
        reason,
        actor_id: req.auth_context.actor_id,
        // Scoped to the voucher: the same key on another voucher is another adjustment.
        idempotency_key: `adjustment:${req.params.id}:${idempotency_key}`,
        locale: localeOf(req),
      },
    })
  )
  if (!outcome) {
    return
  }
  const { result } = outcome
  res.status(201).json({ entry: result })
}
