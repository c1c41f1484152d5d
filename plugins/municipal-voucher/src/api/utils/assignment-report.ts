import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Locale, message } from "../../lib/messages"
import { checkVoucherAssignmentsWorkflow } from "../../workflows/vouchers/check-voucher-assignments"
import type { VoucherAssignmentInput } from "../../workflows/vouchers/steps/check-voucher-assignments"

/** Answers 400 with the row-by-row report when any assignment is wrong; true when it did. */
export async function respondWithAssignmentIssues(
  req: AuthenticatedMedusaRequest<unknown>,
  res: MedusaResponse,
  schemeId: string,
  rows: VoucherAssignmentInput[],
  locale: Locale
) {
  const { result: report } = await checkVoucherAssignmentsWorkflow(req.scope).run({
    input: { scheme_id: schemeId, rows, locale },
  })
  const wrong = report.filter((row) => row.issues.length)
  if (!rows.length || wrong.length) {
    res.status(400).json({
      type: "invalid_data",
      message: rows.length === 1 && wrong[0] ? wrong[0].issues[0].message : message("csv_invalid", locale),
      rows: report,
    })
    return true
  }
  return false
}
