import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Locale, message } from "../../lib/messages"
import { checkVoucherAssignmentsWorkflow } from "../../workflows/vouchers/check-voucher-assignments"
import type { CheckedAssignment, VoucherAssignmentInput } from "../../workflows/vouchers/steps/check-voucher-assignments"

/** The row-by-row report of what assigning these rows would do, writing nothing. */
export async function checkAssignments(
  req: AuthenticatedMedusaRequest<unknown>,
  schemeId: string,
  rows: VoucherAssignmentInput[],
  locale: Locale
): Promise<CheckedAssignment[]> {
  const { result } = await checkVoucherAssignmentsWorkflow(req.scope).run({
    input: { scheme_id: schemeId, rows, locale },
  })
  return result
}

/** Answers 400 with the report when any row is wrong (or there is none); true when it did. */
export function respondWithReportIssues(res: MedusaResponse, rows: VoucherAssignmentInput[], report: CheckedAssignment[], locale: Locale) {
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

/** Answers 400 with the row-by-row report when any assignment is wrong; true when it did. */
export async function respondWithAssignmentIssues(
  req: AuthenticatedMedusaRequest<unknown>,
  res: MedusaResponse,
  schemeId: string,
  rows: VoucherAssignmentInput[],
  locale: Locale
) {
  return respondWithReportIssues(res, rows, await checkAssignments(req, schemeId, rows, locale), locale)
}
