import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answeringConflicts } from "../../../../utils/conflicts"
import { message } from "../../../../../lib/messages"
import { toCents } from "../../../../../lib/money"
import { MUNICIPAL_VOUCHER_MODULE } from "../../../../../modules/municipal-voucher"
import type MunicipalVoucherModuleService from "../../../../../modules/municipal-voucher/service"
import { assignVouchersWorkflow } from "../../../../../workflows/vouchers/assign-vouchers"
import { respondWithAssignmentIssues } from "../../../../utils/assignment-report"
import type { AdminAssignVoucherType } from "../../validators"
import { localeOf } from "../../../../utils/locale"

/** Assigns a voucher under the scheme to one citizen. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminAssignVoucherType>, res: MedusaResponse) => {
  const { customer_id, amount, valid_until, reason, idempotency_key } = req.validatedBody
  const locale = localeOf(req)
  const rows = [{ row: 1, customer_id, amount, valid_until }]
  // Scoped to the scheme and citizen: a key reused for another citizen never finds this grant.
  const key = `single:${req.params.id}:${customer_id}:${idempotency_key}`
  // A retried submission answers with its grant before the limits are checked again.
  const service: MunicipalVoucherModuleService = req.scope.resolve(MUNICIPAL_VOUCHER_MODULE)
  const [granted] = await service.listVoucherLedgerEntries({ idempotency_key: `grant:${key}:1` })
  if (granted) {
    if (toCents(Number(granted.amount)) !== toCents(amount)) {
      res.status(409).json({ type: "conflict", message: message("idempotency_key_reused", locale) })
      return
    }
    res.status(201).json({ voucher_ids: [granted.voucher_id] })
    return
  }
  if (await respondWithAssignmentIssues(req, res, req.params.id, rows, locale)) {
    return
  }
  const outcome = await answeringConflicts(res, () =>
    assignVouchersWorkflow(req.scope).run({
      input: {
        scheme_id: req.params.id,
        rows,
        actor_id: req.auth_context.actor_id,
        reason,
        idempotency_key: key,
        locale,
      },
    })
  )
  if (!outcome) {
    return
  }
  const { result } = outcome
  res.status(201).json({ voucher_ids: result })
}
