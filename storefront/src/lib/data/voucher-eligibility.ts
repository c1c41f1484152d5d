import "server-only"
import { type CoverItem, isEligible } from "@tradatewelfare/municipal-voucher/lib/eligibility"
import type { Cart, WalletVoucher } from "../types"

/** Cart fields the voucher rule reads: the services' care areas (categories and parents) and cooperative. */
export const ELIGIBILITY_FIELDS = "+items.product.categories.handle,+items.product.categories.parent_category.handle,+items.product.metadata"

type ProductWithCategories = {
  metadata?: Record<string, unknown> | null
  categories?: { handle: string; parent_category?: { handle: string } | null }[] | null
}

/** The cart's lines as the plugin's eligibility rule sees them (the same mapping as the backend's). */
function coverItems(cart: Cart): CoverItem[] {
  return (cart.items ?? []).map((item) => {
    const product = (item.product ?? null) as ProductWithCategories | null
    return {
      id: item.id,
      title: item.title,
      variant_id: item.variant_id ?? null,
      product_id: item.product_id ?? null,
      total: Number(item.total ?? 0),
      category_handles: (product?.categories ?? []).flatMap((c) =>
        [c.handle, c.parent_category?.handle].filter((h): h is string => Boolean(h))
      ),
      cooperative_handle: typeof product?.metadata?.cooperative_handle === "string" ? product.metadata.cooperative_handle : null,
    }
  })
}

/** For each voucher, the titles of the cart lines its scheme may pay (the plugin's own rule, not a copy). */
export function eligibleLines(cart: Cart, vouchers: WalletVoucher[]): Record<string, string[]> {
  const items = coverItems(cart)
  return Object.fromEntries(
    vouchers.map((voucher) => [voucher.id, items.filter((item) => isEligible(item, voucher.scheme)).map((item) => item.title)])
  )
}

/**
 * Why a voucher cannot pay now (suspended, expired or used up, perhaps since it was applied),
 * as a message key under vouchers.statusHint, or null when it can.
 */
export function spendProblem(voucher: WalletVoucher, now = new Date()): "suspended" | "expired" | "exhausted" | null {
  if (voucher.status === "suspended") return "suspended"
  if (voucher.status === "expired" || new Date(voucher.valid_until).getTime() <= now.getTime()) return "expired"
  if (voucher.status === "exhausted" || voucher.balance <= 0) return "exhausted"
  return null
}

export const isSpendable = (voucher: WalletVoucher) => spendProblem(voucher) === null
