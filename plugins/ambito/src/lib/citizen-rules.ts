import type CodiceFiscaleType from "codice-fiscale-js"

// The package's typings declare a default export; its CommonJS build exports { CodiceFiscale }.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CodiceFiscale } = require("codice-fiscale-js") as { CodiceFiscale: typeof CodiceFiscaleType }

/** A household of one person up to a large extended family; anything else is a typing error. */
export const HOUSEHOLD_SIZE_MIN = 1
export const HOUSEHOLD_SIZE_MAX = 20

export type CitizenProfileField = "codice_fiscale" | "comune_id" | "household_size"

export type CitizenProfileIssueCode =
  | "codice_fiscale_invalid"
  | "codice_fiscale_taken"
  | "comune_not_in_ambito"
  | "household_size_out_of_range"

export type CitizenProfileIssue = {
  field: CitizenProfileField
  code: CitizenProfileIssueCode
}

/** Upper-cases and strips spaces, as people type their code in many ways. */
export function normalizeCodiceFiscale(value: string): string {
  return value.replace(/\s+/g, "").toUpperCase()
}

/**
 * True for a formally valid codice fiscale: layout, month letter, day, check
 * character, including the omocodia variants. The library does the algorithm.
 */
export function isValidCodiceFiscale(value: string): boolean {
  const normalized = normalizeCodiceFiscale(value)
  if (!/^[A-Z0-9]{16}$/.test(normalized)) {
    return false
  }
  try {
    return CodiceFiscale.check(normalized)
  } catch {
    return false
  }
}

export function isValidHouseholdSize(value: unknown): boolean {
  return (
    typeof value === "number" &&
    Number.isInteger(value) &&
    value >= HOUSEHOLD_SIZE_MIN &&
    value <= HOUSEHOLD_SIZE_MAX
  )
}

/** The checks that need no database: format of the code and household range. */
export function findFormatIssues(profile: {
  codice_fiscale?: string
  household_size?: number
}): CitizenProfileIssue[] {
  const issues: CitizenProfileIssue[] = []
  if (profile.codice_fiscale !== undefined && !isValidCodiceFiscale(profile.codice_fiscale)) {
    issues.push({ field: "codice_fiscale", code: "codice_fiscale_invalid" })
  }
  if (profile.household_size !== undefined && !isValidHouseholdSize(profile.household_size)) {
    issues.push({ field: "household_size", code: "household_size_out_of_range" })
  }
  return issues
}
