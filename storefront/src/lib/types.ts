import type { HttpTypes } from "@medusajs/types"

/** The storefront's own view models; the plugins' store API shapes come from the plugins. */

// The ambito plugin's store API shapes, as the plugin declares them (type-only import).
export type {
  CitizenFieldErrorCode as FieldErrorCode,
  StoreCitizenChangeRequest as ChangeRequest,
  StoreCitizenFields as CitizenFields,
  StoreCitizenProfile as CitizenProfile,
  StoreComune as Comune,
  StoreCreateCitizen,
  StoreDeclaredIdentity as DeclaredIdentity,
  StoreValidationFieldError as ValidationFieldError,
} from "@tradatewelfare/ambito/types"

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
