import type { MedusaContainer } from "@medusajs/framework/types"
import { fetchVoucherCart } from "../../workflows/checkout/voucher-cart"

/** How a cart will be paid: each voucher's share of each line, and what is left for the card. */
export async function cartSplit(container: MedusaContainer, cartId: string) {
  const cart = await fetchVoucherCart(container, cartId)
  if (!cart) {
    return null
  }
  const vouchers = cart.voucher_lines.map((line) => ({
    voucher_id: line.voucher_id,
    amount: line.amount,
    lines: cart.items.map((item) => ({
      item_id: item.id,
      title: item.title,
      total: item.total,
      voucher_amount: line.allocations[item.id] ?? 0,
    })),
  }))
  const voucherTotal = Math.round(vouchers.reduce((sum, v) => sum + v.amount * 100, 0)) / 100
  return {
    cart_id: cart.id,
    customer_id: cart.customer_id,
    vouchers,
    voucher_total: voucherTotal,
    card_total: cart.total,
  }
}
