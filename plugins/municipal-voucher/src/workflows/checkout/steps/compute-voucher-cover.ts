import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { computeCover, isEligible } from "../../../lib/eligibility"
import type { Locale } from "../../../lib/messages"
import { takenByOthers } from "../voucher-cart"
import { refuse } from "../../../lib/errors"
import { loadOwnOpenCart, loadSpendableVoucher } from "../load-voucher"

export type ComputeVoucherCoverStepInput = {
  cart_id: string
  voucher_id: string
  /** The logged-in citizen: both the cart and the voucher must be theirs. */
  customer_id: string
  locale?: Locale
}

export const computeVoucherCoverStepId = "compute-voucher-cover"

/**
 * Works out which lines of the cart the voucher may pay and how much, refusing
 * someone else's cart or voucher, an unusable voucher, or a cart it cannot pay for.
 */
export const computeVoucherCoverStep = createStep(
  computeVoucherCoverStepId,
  async (input: ComputeVoucherCoverStepInput, { container }) => {
    const cart = await loadOwnOpenCart(container, input.cart_id, input.customer_id, input.locale)
    const voucher = await loadSpendableVoucher(container, input.voucher_id, input.customer_id, input.locale, cart.currency_code)
    if (!cart.items.some((item) => isEligible(item, voucher.scheme))) {
      refuse(MedusaError.Types.NOT_ALLOWED, "nothing_eligible", input.locale)
    }
    const existing = cart.voucher_lines.filter((line) => line.voucher_id === voucher.id)
    const alreadyApplied = existing.reduce((sum, line) => sum + line.amount, 0)
    const cover = computeCover({
      items: cart.items,
      scheme: voucher.scheme,
      balance: voucher.balance,
      remaining_total: cart.total + alreadyApplied,
      taken: takenByOthers(cart, voucher.id),
    })
    if (cover.amount <= 0) {
      refuse(MedusaError.Types.NOT_ALLOWED, "not_enough_balance", input.locale)
    }
    return new StepResponse({
      cover,
      voucher: { id: voucher.id, balance: voucher.balance, scheme_id: voucher.scheme.id, scheme_name: voucher.scheme.name },
      existing_line_ids: existing.map((line) => line.id),
    })
  }
)
