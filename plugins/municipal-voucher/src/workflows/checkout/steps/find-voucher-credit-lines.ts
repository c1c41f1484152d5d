import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Locale } from "../../../lib/messages"
import { refuse } from "../../../lib/errors"
import { loadOwnOpenCart } from "../load-voucher"

export type FindVoucherCreditLinesStepInput = {
  cart_id: string
  voucher_id: string
  customer_id: string
  locale?: Locale
}

export const findVoucherCreditLinesStepId = "find-voucher-credit-lines"

/** The credit lines a voucher has on the citizen's own open cart; refuses when there are none. */
export const findVoucherCreditLinesStep = createStep(
  findVoucherCreditLinesStepId,
  async (input: FindVoucherCreditLinesStepInput, { container }) => {
    const cart = await loadOwnOpenCart(container, input.cart_id, input.customer_id, input.locale)
    const ids = cart.voucher_lines.filter((line) => line.voucher_id === input.voucher_id).map((line) => line.id)
    if (!ids.length) {
      refuse(MedusaError.Types.NOT_FOUND, "voucher_not_on_cart", input.locale)
    }
    return new StepResponse(ids)
  }
)
