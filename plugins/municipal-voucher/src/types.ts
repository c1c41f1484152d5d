/**
 * Shapes of the plugin's store API, for the storefront and the admin to import
 * (`@tradatewelfare/municipal-voucher/types`) instead of guessing them.
 */

/** The voucher payment provider's id as Medusa registers it (region settings, payment sessions). */
export const VOUCHER_PROVIDER_ID = "pp_municipal-voucher_voucher"

/** The `reference` of the cart (and so order) credit lines that vouchers pay. */
export const VOUCHER_CREDIT_LINE_REFERENCE = "municipal-voucher"

export const VOUCHER_STATUSES = ["active", "suspended", "expired", "exhausted"] as const
export type VoucherStatus = (typeof VOUCHER_STATUSES)[number]

/** Ledger entry kinds; `reversal` takes back a refund whose card part failed. */
export const LEDGER_KINDS = ["grant", "hold", "capture", "release", "refund", "reversal", "expiry", "adjustment"] as const
export type LedgerKind = (typeof LEDGER_KINDS)[number]

/** Why the system wrote a ledger entry; shown in the reader's language (lib/messages). */
export const LEDGER_REASON_CODES = [
  "voucher_expiry",
  "expired_value_returned",
  "order_canceled",
  "order_canceled_undone",
  "line_refund",
  "refund_reversed",
  "adjustment_undone",
] as const
export type LedgerReasonCode = (typeof LEDGER_REASON_CODES)[number]

/** Events the plugin emits, for notifications and other plugins. */
export const VOUCHER_EVENTS = {
  /** data: { id } per voucher granted (single assignment or CSV import). */
  ASSIGNED: "municipal_voucher.assigned",
  /** data: { order_id, item_id, idempotency_key, vouchers: [{ voucher_id, amount }], card: { payment_id, amount } | null } */
  LINE_REFUNDED: "municipal_voucher.line_refunded",
  /** data: { order_id, vouchers: [{ voucher_id, amount }] }: a canceled order's voucher value given back */
  CANCELED_ORDER_REFUNDED: "municipal_voucher.canceled_order_refunded",
  /** data: { id, days_left, threshold }: a voucher with value left expires within `threshold` (30, 7) days */
  EXPIRING: "municipal_voucher.expiring",
} as const

/** GET /store/vouchers → { vouchers: StoreWalletVoucher[] } */
export type StoreWalletVoucher = {
  id: string
  amount_granted: number
  balance: number
  currency_code: string
  status: VoucherStatus
  valid_until: string
  created_at: string
  scheme: {
    id: string
    name: string
    description: string | null
    care_areas: string[]
    cooperative_handles: string[] | null
    product_ids: string[] | null
  }
  entries: {
    id: string
    kind: LedgerKind
    amount: number
    reference: string | null
    /** In the reader's language for system entries; the operator's words otherwise. */
    reason: string | null
    reason_code: LedgerReasonCode | null
    created_at: string
  }[]
}

/** What a voucher can pay in a cart, line by line. */
export type StoreVoucherCover = {
  amount: number
  lines: { item_id: string; title: string; total: number; eligible: boolean; voucher_amount: number }[]
  allocations: Record<string, number>
}

/** How a cart is paid: each voucher's share of each line, and the card's rest. */
export type StoreCartSplit = {
  cart_id: string
  customer_id: string | null
  vouchers: {
    voucher_id: string
    amount: number
    lines: { item_id: string; title: string; total: number; voucher_amount: number }[]
  }[]
  voucher_total: number
  card_total: number
}

/** POST /store/carts/:id/vouchers → StoreApplyVoucherResponse; GET and DELETE answer { split }. */
export type StoreApplyVoucherResponse = { cover: StoreVoucherCover; split: StoreCartSplit }
