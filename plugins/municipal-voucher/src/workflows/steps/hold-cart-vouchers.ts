import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { computeCover, isEligible } from "../../lib/eligibility"
import type { Locale } from "../../lib/messages"
import { toCents } from "../../lib/money"
import { MUNICIPAL_VOUCHER_MODULE } from "../../modules/municipal-voucher"
import type MunicipalVoucherModuleService from "../../modules/municipal-voucher/service"
import { fetchVoucherCart, takenByOthers, VoucherCart } from "../utils/voucher-cart"
import { loadSpendableVoucher, refuse } from "../utils/voucher-rules"

export type HoldCartVouchersStepInput = { cart_id: string; locale?: Locale }

export type HeldVoucher = { voucher_id: string; amount: number; idempotency_key: string }

export const holdCartVouchersStepId = "hold-cart-vouchers"

/** A voucher credit line is still good when every share it claims is on an eligible line that is still there. */
async function assertLinesStillValid(container: Parameters<typeof fetchVoucherCart>[0], cart: VoucherCart, locale?: Locale) {
  for (const line of cart.voucher_lines) {
    const voucher = await loadSpendableVoucher(container, line.voucher_id, cart.customer_id, locale)
    const taken = takenByOthers(cart, line.voucher_id)
    let claimed = 0
    for (const [itemId, share] of Object.entries(line.allocations)) {
      const item = cart.items.find((i) => i.id === itemId)
      if (!item || !isEligible(item, voucher.scheme) || toCents(share) > toCents(item.total) - toCents(taken[itemId] ?? 0)) {
        refuse(MedusaError.Types.NOT_ALLOWED, "voucher_cover_changed", locale)
      }
      claimed += toCents(share)
    }
    if (claimed !== toCents(line.amount) || cart.total < 0) {
      refuse(MedusaError.Types.NOT_ALLOWED, "voucher_cover_changed", locale)
    }
  }
  // A voucher payment session (the whole rest paid by voucher) may only pay eligible lines.
  for (const session of cart.voucher_sessions) {
    const voucher = await loadSpendableVoucher(container, session.voucher_id, cart.customer_id, locale)
    const cover = computeCover({
      items: cart.items,
      scheme: voucher.scheme,
      balance: Number.MAX_SAFE_INTEGER / 100,
      remaining_total: cart.total,
      taken: takenByOthers(cart, ""),
    })
    if (toCents(session.amount) > toCents(cover.amount)) {
      refuse(MedusaError.Types.NOT_ALLOWED, "nothing_eligible", locale)
    }
  }
}

/**
 * Holds, on each voucher on the cart, the value of its credit line: one conditional
 * update per voucher, refused when the balance is short. Runs under the cart lock;
 * undone by releasing the holds. A cart already turned into an order holds nothing.
 */
export const holdCartVouchersStep = createStep(
  holdCartVouchersStepId,
  async (input: HoldCartVouchersStepInput, { container, context }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orderCarts } = await query.graph({
      entity: "order_cart",
      fields: ["order_id"],
      filters: { cart_id: input.cart_id },
    })
    const cart = orderCarts.length ? null : await fetchVoucherCart(container, input.cart_id)
    if (!cart || (!cart.voucher_lines.length && !cart.voucher_sessions.length)) {
      return new StepResponse([] as HeldVoucher[], null)
    }
    await assertLinesStillValid(container, cart, input.locale)

    const service: MunicipalVoucherModuleService = container.resolve(MUNICIPAL_VOUCHER_MODULE)
    const held: HeldVoucher[] = []
    try {
      for (const line of cart.voucher_lines) {
        const key = `hold:${context.transactionId}:${line.voucher_id}`
        await service.holdValue({
          voucher_id: line.voucher_id,
          customer_id: cart.customer_id ?? undefined,
          amount: line.amount,
          reference: cart.id,
          idempotency_key: key,
          metadata: { allocations: line.allocations },
          locale: input.locale,
        })
        held.push({ voucher_id: line.voucher_id, amount: line.amount, idempotency_key: key })
      }
    } catch (error) {
      await releaseHolds(service, cart.id, held)
      throw error
    }
    return new StepResponse(held, { cart_id: cart.id, held })
  },
  async (undo, { container }) => {
    if (!undo?.held.length) {
      return
    }
    const service: MunicipalVoucherModuleService = container.resolve(MUNICIPAL_VOUCHER_MODULE)
    await releaseHolds(service, undo.cart_id, undo.held)
  }
)

async function releaseHolds(service: MunicipalVoucherModuleService, cartId: string, held: HeldVoucher[]) {
  for (const hold of held) {
    await service.releaseValue({
      voucher_id: hold.voucher_id,
      reference: cartId,
      amount: hold.amount,
      idempotency_key: `release:${hold.idempotency_key}`,
    })
  }
}
