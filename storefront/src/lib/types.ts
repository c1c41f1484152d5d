import type { HttpTypes } from "@medusajs/types"

/** Shapes of the `ambito` plugin's store routes and of the storefront's own view models. */

export type Comune = { id: string; istat_code: string; name: string; province: string }

export type CitizenProfile = {
  id: string
  codice_fiscale: string
  household_size: number
  /** Null for profiles made before registration asked for them. */
  sex: "F" | "M" | null
  date_of_birth: string | null
  comune: Comune
}

/** A citizen's request to change the verified comune or household, as the store routes show it. */
export type ChangeRequest = {
  id: string
  status: "pending" | "approved" | "rejected"
  requested_comune: Comune | null
  requested_household_size: number | null
  previous_comune: Comune | null
  previous_household_size: number
  note: string | null
  decision_reason: string | null
  decided_at: string | null
  created_at: string
}

export type CitizenFields = { comune_id: string; codice_fiscale: string; household_size: number }

/** What the codice fiscale encodes besides the names, declared at registration. */
export type DeclaredIdentity = { first_name: string; last_name: string; sex: "F" | "M"; date_of_birth: string }

export type StoreCreateCitizen = CitizenFields &
  DeclaredIdentity & {
    email: string
    phone?: string
  }

export type FieldErrorCode =
  | "codice_fiscale_invalid"
  | "codice_fiscale_taken"
  | "codice_fiscale_surname_mismatch"
  | "codice_fiscale_name_mismatch"
  | "codice_fiscale_sex_mismatch"
  | "codice_fiscale_birth_date_mismatch"
  | "identity_locked"
  | "comune_not_in_ambito"
  | "household_size_out_of_range"

export type ValidationFieldError = { field: string; code: string; message: string }

/** What a server action hands back to its form: field errors as message keys, a form-level error, or success. */
export type FormState = {
  ok?: boolean
  /** field name → key under the "errors" messages namespace */
  fieldErrors?: Record<string, string>
  /** key under the "errors" messages namespace */
  formError?: string
  /** values to put back into the form after an error (a password only back to the browser that sent it) */
  values?: Record<string, string>
  /** a refusal the backend already worded in the page's language, shown as it comes */
  message?: string
}

export type Product = HttpTypes.StoreProduct
export type Category = HttpTypes.StoreProductCategory
export type Region = HttpTypes.StoreRegion
/** A credit line pays part of a cart or order; a municipal voucher's carries its id as reference_id. */
export type CreditLine = {
  id: string
  amount: number
  reference: string | null
  reference_id: string | null
  metadata?: Record<string, unknown> | null
}
export type Cart = HttpTypes.StoreCart & { credit_line_total?: number; credit_lines?: CreditLine[] }
export type Order = HttpTypes.StoreOrder & { credit_lines?: CreditLine[]; cart?: { id: string } | null }
export type Customer = HttpTypes.StoreCustomer

/** The metadata the seed puts on each service. */
export type ServiceMetadata = { unit?: string; duration?: string; cooperative?: string }

export type Page<T> = { items: T[]; count: number; page: number; pageCount: number }

/** The header's view of the visitor, served by /api/session. */
export type SessionSummary = { cartCount: number; customerName: string | null }

// The municipal-voucher plugin's store API shapes, as the plugin declares them (type-only import).
export type {
  LedgerKind,
  StoreCartSplit as CartSplit,
  StoreWalletVoucher as WalletVoucher,
  VoucherStatus,
} from "@tradatewelfare/municipal-voucher/types"
