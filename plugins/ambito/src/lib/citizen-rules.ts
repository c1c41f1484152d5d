import type CodiceFiscaleType from "codice-fiscale-js"

// The package's typings declare a default export; its CommonJS build exports { CodiceFiscale }.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CodiceFiscale } = require("codice-fiscale-js") as { CodiceFiscale: typeof CodiceFiscaleType }

/** A household of one person up to a large extended family; anything else is a typing error. */
export const HOUSEHOLD_SIZE_MIN = 1
export const HOUSEHOLD_SIZE_MAX = 20

export type CitizenProfileField =
  | "codice_fiscale"
  | "comune_id"
  | "household_size"
  | "first_name"
  | "last_name"
  | "sex"
  | "date_of_birth"

export type Sex = "F" | "M"

/** Who a person says they are at registration: what a codice fiscale encodes. */
export type DeclaredIdentity = {
  first_name: string
  last_name: string
  sex: Sex
  /** ISO date, YYYY-MM-DD. */
  date_of_birth: string
}

export type CitizenProfileIssueCode =
  | "codice_fiscale_invalid"
  | "codice_fiscale_taken"
  | "codice_fiscale_surname_mismatch"
  | "codice_fiscale_name_mismatch"
  | "codice_fiscale_sex_mismatch"
  | "codice_fiscale_birth_date_mismatch"
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

/** Omocodia replaces digits with letters (L=0 … V=9) in these positions; undone to read the date. */
const OMOCODIA_LETTERS = "LMNPQRSTUV"
const OMOCODIA_POSITIONS = [6, 7, 9, 10, 12, 13, 14]
const MONTH_LETTERS = "ABCDEHLMPRST"

function withoutOmocodia(code: string): string {
  const chars = code.split("")
  for (const i of OMOCODIA_POSITIONS) {
    const digit = OMOCODIA_LETTERS.indexOf(chars[i])
    if (digit >= 0) {
      chars[i] = String(digit)
    }
  }
  return chars.join("")
}

/**
 * Which parts of a (valid) codice fiscale disagree with the person declared: surname, name,
 * sex, date of birth. The codes for names are the library's; the date is read here, so an
 * omocodia code (digits swapped for letters) is read like the original.
 */
export function findIdentityIssues(codiceFiscale: string, person: DeclaredIdentity): CitizenProfileIssue[] {
  const code = withoutOmocodia(normalizeCodiceFiscale(codiceFiscale))
  const issues: CitizenProfileIssue[] = []
  const codeOf = (compute: (value: string) => string, value: string) => {
    try {
      return compute(value.trim())
    } catch {
      return null
    }
  }
  if (codeOf((v) => CodiceFiscale.surnameCode(v), person.last_name) !== code.slice(0, 3)) {
    issues.push({ field: "last_name", code: "codice_fiscale_surname_mismatch" })
  }
  if (codeOf((v) => CodiceFiscale.nameCode(v), person.first_name) !== code.slice(3, 6)) {
    issues.push({ field: "first_name", code: "codice_fiscale_name_mismatch" })
  }
  const encodedDay = Number(code.slice(9, 11))
  const encodedSex: Sex = encodedDay > 40 ? "F" : "M"
  if (person.sex !== encodedSex) {
    issues.push({ field: "sex", code: "codice_fiscale_sex_mismatch" })
  }
  const [year, month, day] = person.date_of_birth.split("-").map(Number)
  const dateAgrees =
    Number(code.slice(6, 8)) === year % 100 &&
    MONTH_LETTERS.indexOf(code[8]) + 1 === month &&
    encodedDay % 40 === day
  if (!dateAgrees) {
    issues.push({ field: "date_of_birth", code: "codice_fiscale_birth_date_mismatch" })
  }
  return issues
}

/** A real calendar date in YYYY-MM-DD, not in the future and not before 1900. */
export function isValidBirthDate(value: string, today = new Date()): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) {
    return false
  }
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return (
    date.toISOString().slice(0, 10) === value &&
    date.getUTCFullYear() >= 1900 &&
    date.getTime() <= today.getTime()
  )
}
