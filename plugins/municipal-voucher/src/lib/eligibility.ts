import { fromCents, toCents } from "./money"

/** A cart line as the voucher rules see it. */
export type CoverItem = {
  id: string
  title: string
  variant_id: string | null
  product_id: string | null
  total: number
  /** Handles of the product's categories and of their parents (care areas). */
  category_handles: string[]
  cooperative_handle: string | null
}

export type CoverScheme = {
  care_areas: string[]
  cooperative_handles: string[] | null
  product_ids: string[] | null
}

export type CoverLine = {
  item_id: string
  title: string
  total: number
  eligible: boolean
  voucher_amount: number
}

export type Cover = {
  amount: number
  lines: CoverLine[]
  /** The voucher's share of each line: what a refund of that line gives back to the voucher. */
  allocations: Record<string, number>
}

/** A line may be paid by a voucher when its service is in one of the scheme's care areas and passes its optional restrictions. */
export function isEligible(item: CoverItem, scheme: CoverScheme): boolean {
  if (!item.product_id || !item.category_handles.some((h) => scheme.care_areas.includes(h))) {
    return false
  }
  if (scheme.product_ids?.length && !scheme.product_ids.includes(item.product_id)) {
    return false
  }
  if (scheme.cooperative_handles?.length) {
    return !!item.cooperative_handle && scheme.cooperative_handles.includes(item.cooperative_handle)
  }
  return true
}

/**
 * What one voucher can pay in a cart: its eligible lines, less what other vouchers
 * already cover on them, up to its balance and the cart's remaining total.
 */
export function computeCover(input: {
  items: CoverItem[]
  scheme: CoverScheme
  balance: number
  /** The cart total still to pay, other vouchers' credit lines already deducted. */
  remaining_total: number
  /** Other vouchers' shares of each line. */
  taken?: Record<string, number>
}): Cover {
  let budget = Math.max(0, Math.min(toCents(input.balance), toCents(input.remaining_total)))
  const lines: CoverLine[] = []
  const allocations: Record<string, number> = {}
  for (const item of input.items) {
    const eligible = isEligible(item, input.scheme)
    const open = Math.max(0, toCents(item.total) - toCents(input.taken?.[item.id] ?? 0))
    const share = eligible ? Math.min(open, budget) : 0
    budget -= share
    if (share > 0) {
      allocations[item.id] = fromCents(share)
    }
    lines.push({ item_id: item.id, title: item.title, total: item.total, eligible, voucher_amount: fromCents(share) })
  }
  const amount = fromCents(Object.values(allocations).reduce((sum, v) => sum + toCents(v), 0))
  return { amount, lines, allocations }
}
