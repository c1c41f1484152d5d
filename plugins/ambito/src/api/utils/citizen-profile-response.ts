import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CitizenProfileIssue, DeclaredIdentity } from "../../lib/citizen-rules"
import { localeFrom, message } from "../../lib/messages"

/** The fields of a profile that callers see, with its comune. */
export const CITIZEN_PROFILE_FIELDS = [
  "id",
  "codice_fiscale",
  "household_size",
  "sex",
  "date_of_birth",
  "comune.id",
  "comune.istat_code",
  "comune.name",
  "comune.province",
]

/**
 * Answers 400 with one localised message per broken rule, so that a form can
 * show each next to its field. Returns false when there is nothing to report.
 */
export function respondWithIssues(
  req: MedusaRequest,
  res: MedusaResponse,
  issues: CitizenProfileIssue[]
): boolean {
  if (!issues.length) {
    return false
  }
  const locale = localeFrom(req.headers["accept-language"])
  res.status(400).json({
    type: "invalid_data",
    message: issues.length === 1 ? message(issues[0].code, locale) : message("profile_invalid", locale),
    errors: issues.map((issue) => ({ ...issue, message: message(issue.code, locale) })),
  })
  return true
}

/** The declared person when every part of it was given, for the check against the codice fiscale. */
export function identityOf(body: Partial<DeclaredIdentity>): DeclaredIdentity | undefined {
  const { first_name, last_name, sex, date_of_birth } = body
  return first_name && last_name && sex && date_of_birth ? { first_name, last_name, sex, date_of_birth } : undefined
}
