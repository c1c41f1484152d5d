/**
 * Shapes of the plugin's store API, for the storefront and other clients to import
 * (`@tradatewelfare/ambito/types`) instead of restating them.
 */
import type { CitizenProfileIssueCode, DeclaredIdentity, Sex } from "./lib/citizen-rules"

export type { Sex }

/** GET /store/comuni: a comune of the Ambito. */
export type StoreComune = { id: string; istat_code: string; name: string; province: string }

/** GET /store/citizens/me: the verified profile (what eligibility reads). */
export type StoreCitizenProfile = {
  id: string
  codice_fiscale: string
  household_size: number
  /** Null for profiles made before registration asked for them. */
  sex: Sex | null
  date_of_birth: string | null
  comune: StoreComune
}

export type ChangeRequestStatus = "pending" | "approved" | "rejected"

/** GET /store/citizens/me/change-requests: a request to change the verified comune or household. */
export type StoreCitizenChangeRequest = {
  id: string
  status: ChangeRequestStatus
  requested_comune: StoreComune | null
  requested_household_size: number | null
  previous_comune: StoreComune | null
  previous_household_size: number
  note: string | null
  decision_reason: string | null
  decided_at: string | null
  created_at: string
}

/** The profile's own fields in POST /store/citizens and /store/citizens/validate. */
export type StoreCitizenFields = { comune_id: string; codice_fiscale: string; household_size: number }

/** What the codice fiscale encodes besides the names, declared at registration (date as YYYY-MM-DD). */
export type StoreDeclaredIdentity = DeclaredIdentity

/** POST /store/citizens: registration of the logged-in identity as a citizen. */
export type StoreCreateCitizen = StoreCitizenFields &
  StoreDeclaredIdentity & {
    email: string
    phone?: string
  }

/** The codes of a 400's `errors[]`, one per broken rule; `identity_locked` when a fixed field is sent. */
export type CitizenFieldErrorCode = CitizenProfileIssueCode | "identity_locked"

/** One entry of a 400's `errors[]`: the field, its code and the message in the request's language. */
export type StoreValidationFieldError = { field: string; code: CitizenFieldErrorCode; message: string }
