import type { MedusaContainer } from "@medusajs/framework/types"
import type { Locale } from "../lib/messages"
import { CartHolds, holdCartVouchers, releaseCartHolds } from "../workflows/checkout/cart-holds"

/**
 * What the municipal-voucher plugin brings to Medusa's cart completion. Medusa lets an
 * application register one handler per core workflow hook, so the plugin registers none:
 * the application calls these from its own handlers (backend/src/workflows/hooks/), in
 * its chosen order with the other plugins. An app with only this plugin passes `validate`
 * and `compensate` to the completion workflow's validate hook (one line, in the README).
 *
 * The capture follows on `order.placed` (the plugin's own subscriber), and a job every five
 * minutes settles what a crash leaves held.
 */

type HookContext = { container: MedusaContainer }
type CompletingCart = { id: string; locale?: string | null }

const localeOf = (cart: CompletingCart): Locale => (cart.locale?.toLowerCase().startsWith("en") ? "en" : "it")

export const voucherCartCompletion = {
  name: "municipal-voucher",

  /**
   * The completion workflow's validate hook: under Medusa's cart lock, before the order
   * and the card authorization, holds each voucher's share; returns what to release.
   */
  async validate({ cart }: { cart: CompletingCart }, { container }: HookContext): Promise<CartHolds> {
    return holdCartVouchers(container, cart.id, localeOf(cart))
  },

  /** Compensation of `validate`: anything later failed (card authorization, order creation). */
  async compensate(holds: CartHolds | undefined, { container }: HookContext) {
    if (holds?.voucher_ids.length) {
      await releaseCartHolds(container, holds)
    }
  },
}

/**
 * `refreshCartItemsWorkflow.hooks.beforeRefreshingPaymentCollection`: re-derives every
 * voucher share after the cart changed, so the split shown is never stale.
 */
export { refreshCartVoucherLines as voucherCartRefresh } from "../workflows/checkout/refresh-cart-voucher-lines"
