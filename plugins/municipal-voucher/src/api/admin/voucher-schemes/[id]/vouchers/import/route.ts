import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { localeFrom } from "../../../../../../lib/messages"
import { parseAssignmentsCsv } from "../../../../../../lib/csv"
import { assignVouchersWorkflow } from "../../../../../../workflows/assign-vouchers"
import { respondWithAssignmentIssues } from "../../../../../utils/assignment-report"
import type { AdminImportVouchersType } from "../../../validators"

/** Assigns vouchers from a CSV: a row-by-row report when any row is wrong, and then nothing is assigned. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminImportVouchersType>, res: MedusaResponse) => {
  const locale = localeFrom(req.headers["accept-language"])
  const rows = parseAssignmentsCsv(req.validatedBody.csv)
  if (await respondWithAssignmentIssues(req, res, req.params.id, rows, locale)) {
    return
  }
  const { result } = await assignVouchersWorkflow(req.scope).run({
    input: {
      scheme_id: req.params.id,
      rows,
      actor_id: req.auth_context.actor_id,
      reason: req.validatedBody.reason,
      idempotency_key: req.validatedBody.idempotency_key ?? `import:${req.params.id}:${Date.now()}`,
      locale,
    },
  })
  res.status(201).json({ voucher_ids: result, count: result.length })
}
