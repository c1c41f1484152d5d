import type { VoucherMessageCode } from "./messages"

/** What the spending rule needs to know of a voucher and its scheme. */
export type SpendableState = {
  status: string
  valid_until: Date | string
  currency_code?: string | null
  scheme: { status: string; starts_at: Date | string; currency_code?: string | null }
}

/**
 * Why a voucher cannot pay now, or null when it can. One rule for applying it to a cart,
 * holding it at completion and authorizing it as a payment: suspended, expired (status or
 * date), a scheme not started yet, a scheme closed (closing stops new spending; orders
 * already paid stay as they are), or a cart in another currency.
 */
export function spendingProblem(
  voucher: SpendableState,
  now: Date = new Date(),
  cartCurrency?: string | null
): VoucherMessageCode | null {
  if (voucher.status === "suspended") {
    return "voucher_suspended"
  }
  if (voucher.status === "expired" || new Date(voucher.valid_until).getTime() <= now.getTime()) {
    return "voucher_expired"
  }
  if (voucher.scheme.status === "closed") {
    return "scheme_closed_for_spending"
  }
  if (new Date(voucher.scheme.starts_at).getTime() > now.getTime()) {
    return "scheme_not_started"
  }
  const currency = voucher.currency_code ?? voucher.scheme.currency_code
  if (cartCurrency && currency && cartCurrency.toLowerCase() !== currency.toLowerCase()) {
    return "currency_mismatch"
  }
  return null
}
