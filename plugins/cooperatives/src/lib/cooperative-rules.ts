import type * as Ibantools from "ibantools" with { "resolution-mode": "import" }
import { stdnum } from "stdnum"

// ibantools is an ES module with a CommonJS build; plugins compile to CommonJS, so require it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { electronicFormatIBAN, isValidIBAN } = require("ibantools") as typeof Ibantools

/** Accreditation states of a cooperative, declared once. */
export const ACCREDITATION_STATUSES = {
  PENDING: "pending",
  ACCREDITED: "accredited",
  SUSPENDED: "suspended",
  REVOKED: "revoked",
} as const

export type AccreditationStatus = (typeof ACCREDITATION_STATUSES)[keyof typeof ACCREDITATION_STATUSES]

export const ALL_ACCREDITATION_STATUSES = Object.values(ACCREDITATION_STATUSES) as AccreditationStatus[]

/**
 * Which accreditation changes the Ufficio di Piano may make. Revocation is final; accrediting
 * an accredited cooperative again is refused so the history records real decisions only.
 */
const TRANSITIONS: Record<AccreditationStatus, AccreditationStatus[]> = {
  pending: ["accredited", "revoked"],
  accredited: ["suspended", "revoked"],
  suspended: ["accredited", "revoked"],
  revoked: [],
}

export function canChangeAccreditation(from: AccreditationStatus, to: AccreditationStatus): boolean {
  return TRANSITIONS[from].includes(to)
}

/** Only accredited cooperatives' services are sold. */
export function isSelling(status: string | null | undefined): boolean {
  return status === ACCREDITATION_STATUSES.ACCREDITED
}

/** Partita IVA: 11 digits with its check digit (stdnum's Italian IVA rules). */
export function normalizePartitaIva(value: string): string | null {
  const result = stdnum.IT.iva.validate(value)
  return result.isValid ? result.compact : null
}

/**
 * Codice fiscale of a cooperative: usually its 11-digit numeric code (checked like a partita
 * IVA); a sole trader's 16-character personal code is accepted too.
 */
export function normalizeCodiceFiscale(value: string): string | null {
  const compact = value.replace(/\s/g, "").toUpperCase()
  const result = /^\d{11}$/.test(compact) ? stdnum.IT.iva.validate(compact) : stdnum.IT.codicefiscale.validate(compact)
  return result.isValid ? result.compact : null
}

/** IBAN in electronic format (no spaces, upper case), or null when the checksum or layout is wrong. */
export function normalizeIban(value: string): string | null {
  const electronic = electronicFormatIBAN(value)
  return electronic && isValidIBAN(electronic) ? electronic : null
}

export type CooperativeFields = {
  partita_iva?: string
  codice_fiscale?: string
  iban?: string | null
  care_areas?: string[]
  comuni_served?: string[]
}

export type CooperativeIssue = { field: keyof CooperativeFields; code: string }

/**
 * Every broken rule of a cooperative's fiscal and territorial data, given the care areas and
 * comuni the Ambito knows. Returns the normalized values alongside, for writing.
 */
export function checkCooperativeFields(
  input: CooperativeFields,
  known: { careAreas: string[]; comuni: string[] }
): { issues: CooperativeIssue[]; normalized: CooperativeFields } {
  const issues: CooperativeIssue[] = []
  const normalized: CooperativeFields = { ...input }
  if (input.partita_iva !== undefined) {
    const piva = normalizePartitaIva(input.partita_iva)
    piva ? (normalized.partita_iva = piva) : issues.push({ field: "partita_iva", code: "invalid_partita_iva" })
  }
  if (input.codice_fiscale !== undefined) {
    const cf = normalizeCodiceFiscale(input.codice_fiscale)
    cf ? (normalized.codice_fiscale = cf) : issues.push({ field: "codice_fiscale", code: "invalid_codice_fiscale" })
  }
  if (input.iban) {
    const iban = normalizeIban(input.iban)
    iban ? (normalized.iban = iban) : issues.push({ field: "iban", code: "invalid_iban" })
  }
  if (input.care_areas?.some((area) => !known.careAreas.includes(area))) {
    issues.push({ field: "care_areas", code: "unknown_care_area" })
  }
  if (input.comuni_served?.some((comune) => !known.comuni.includes(comune))) {
    issues.push({ field: "comuni_served", code: "unknown_comune" })
  }
  return { issues, normalized }
}
