import type { ICartModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { computeCover } from "../../lib/eligibility"
import { fromCents, toCents } from "../../lib/money"
import { spendingProblem } from "../../lib/voucher-rules"
import { MUNICIPAL_VOUCHER_MODULE } from "../../modules/municipal-voucher"
import type MunicipalVoucherModuleService from "../../modules/municipal-voucher/service"
import { fetchVoucherCart, VOUCHER_CREDIT_LINE_REFERENCE, VoucherCart } from "./voucher-cart"

/**
 * Every line carries its own id in metadata, which Medusa copies to the order line:
 * a voucher share recorded for a cart line then finds its order line exactly.
 */
export async function stampCartLines(container: MedusaContainer, cart: Pick<VoucherCart, "items">) {
  const unstamped = cart.items.filter((item) => item.metadata?.cart_line_item_id !== item.id)
  if (!unstamped.length) {
    return
  }
  const cartModule: ICartModuleService = container.resolve(Modules.CART)
  await cartModule.updateLineItems(
    unstamped.map((item) => ({ id: item.id, metadata: { ...item.metadata, cart_line_item_id: item.id } }))
  )
}

type NewCreditLine = {
  cart_id: string
  amount: number
  reference: string
  reference_id: string
  metadata: Record<string, unknown>
}

/** The cart module's generated credit-line methods, which its public interface does not declare. */
type CartCreditLines = {
  createCreditLines(lines: NewCreditLine[]): Promise<unknown>
  deleteCreditLines(ids: string[]): Promise<void>
}

const sameAllocations = (a: Record<string, number>, b: Record<string, number>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => toCents(b[k] ?? 0) === toCents(v))

/**
 * After any change to a cart (lines added, removed or re-quantified, region or customer
 * changed), each voucher's credit line is worked out again from the cart as it is now:
 * kept when unchanged, rewritten when its share changed, removed when the voucher can no
 * longer pay (nothing eligible left, suspended, expired, not the cart's customer's).
 * Runs inside Medusa's refreshCartItemsWorkflow, before the payment collection is refreshed.
 */
export async function refreshCartVoucherLines({ input }: { input: { cart_id: string } }, { container }: { container: MedusaContainer }) {
  const cart = await fetchVoucherCart(container, input.cart_id)
  if (!cart || cart.completed_at || !cart.voucher_lines.length) {
    return
  }
  const service: MunicipalVoucherModuleService = container.resolve(MUNICIPAL_VOUCHER_MODULE)
  const cartModule = container.resolve(Modules.CART) as unknown as CartCreditLines
  const vouchers = await service.listVouchers(
    { id: cart.voucher_lines.map((line) => line.voucher_id) },
    { relations: ["scheme"] }
  )

  let remaining = toCents(cart.total) + cart.voucher_lines.reduce((sum, line) => sum + toCents(line.amount), 0)
  const taken: Record<string, number> = {}
  const stale: string[] = []
  const fresh: NewCreditLine[] = []
  for (const line of cart.voucher_lines) {
    const voucher = vouchers.find((v) => v.id === line.voucher_id)
    const usable = voucher && voucher.customer_id === cart.customer_id && !spendingProblem(voucher, new Date(), cart.currency_code)
    const cover = usable
      ? computeCover({
          items: cart.items,
          scheme: voucher.scheme,
          balance: Number(voucher.balance),
          remaining_total: fromCents(remaining),
          taken,
        })
      : { amount: 0, allocations: {} as Record<string, number> }
    remaining -= toCents(cover.amount)
    for (const [itemId, share] of Object.entries(cover.allocations)) {
      taken[itemId] = fromCents(toCents(taken[itemId] ?? 0) + toCents(share))
    }
    if (toCents(cover.amount) === toCents(line.amount) && sameAllocations(cover.allocations, line.allocations)) {
      continue
    }
    stale.push(line.id)
    if (cover.amount > 0) {
      fresh.push({
        cart_id: cart.id,
        amount: cover.amount,
        reference: VOUCHER_CREDIT_LINE_REFERENCE,
        reference_id: line.voucher_id,
        metadata: { ...line.metadata, allocations: cover.allocations },
      })
    }
  }
  if (stale.length) {
    await cartModule.deleteCreditLines(stale)
  }
  if (fresh.length) {
    await cartModule.createCreditLines(fresh)
  }
  await stampCartLines(container, cart)
}
