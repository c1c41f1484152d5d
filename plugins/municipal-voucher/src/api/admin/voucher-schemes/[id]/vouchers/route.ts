import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { localeFrom } from "../../../../../lib/messages"
import { assignVouchersWorkflow } from "../../../../../workflows/assign-vouchers"
import { respondWithAssignmentIssues } from "../../../../utils/assignment-report"
import type { AdminAssignVoucherType } from "../../validators"

/** Assigns a voucher under the scheme to one citizen. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminAssignVoucherType>, res: MedusaResponse) => {
  const { customer_id, amount, valid_until, reason, idempotency_key } = req.validatedBody
  const locale = localeFrom(req.headers["accept-language"])
  const rows = [{ row: 1, customer_id, amount, valid_until }]
  if (await respondWithAssignmentIssues(req, res, req.params.id, rows, locale)) {
    return
  }
  const { result } = await assignVouchersWorkflow(req.scope).run({
    input: {
      scheme_id: req.params.id,
      rows,
      actor_id: req.auth_context.actor_id,
      reason,
      idempotency_key: idempotency_key ?? `single:${req.params.id}:${customer_id}:${Date.now()}`,
      locale,
    },
  })
  res.status(201).json({ voucher_ids: result })
}
