import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answeringConflicts } from "../../../../../utils/conflicts"
import { CsvFormatError, parseAssignmentsCsv } from "../../../../../../lib/csv"
import { message } from "../../../../../../lib/messages"
import { assignVouchersWorkflow } from "../../../../../../workflows/vouchers/assign-vouchers"
import { checkAssignments, respondWithReportIssues } from "../../../../../utils/assignment-report"
import type { AdminImportVouchersType } from "../../../validators"
import { localeOf } from "../../../../../utils/locale"

/**
 * Assigns vouchers from a CSV: a row-by-row report when any row is wrong, and then nothing is
 * assigned. With `dry_run` the rows are only checked: 200 with the report, nothing written.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminImportVouchersType>, res: MedusaResponse) => {
  const locale = localeOf(req)
  let rows
  try {
    rows = parseAssignmentsCsv(req.validatedBody.csv)
  } catch (error) {
    if (!(error instanceof CsvFormatError)) {
      throw error
    }
    const text = message("csv_malformed", locale).replace("{line}", String(error.line ?? "?"))
    res.status(400).json({ type: "invalid_data", message: text, errors: [{ row: error.line, message: text }] })
    return
  }
  const report = await checkAssignments(req, req.params.id, rows, locale)
  if (respondWithReportIssues(res, rows, report, locale)) {
    return
  }
  if (req.validatedBody.dry_run) {
    // Every row passed: the preview is the report of what the real import will assign.
    res.json({ dry_run: true, rows: report, count: report.length })
    return
  }
  const outcome = await answeringConflicts(res, () =>
    assignVouchersWorkflow(req.scope).run({
      input: {
        scheme_id: req.params.id,
        rows,
        actor_id: req.auth_context.actor_id,
        reason: req.validatedBody.reason,
        idempotency_key: `import:${req.params.id}:${req.validatedBody.idempotency_key}`,
        locale,
      },
    })
  )
  if (!outcome) {
    return
  }
  const { result } = outcome
  res.status(201).json({ voucher_ids: result, count: result.length })
}
