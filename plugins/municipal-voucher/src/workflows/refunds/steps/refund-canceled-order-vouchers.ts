import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { unrefundedVoucherValue } from "../../../lib/line-shares"
import { fromCents } from "../../../lib/money"
import { MUNICIPAL_VOUCHER_MODULE } from "../../../modules/municipal-voucher"
import type MunicipalVoucherModuleService from "../../../modules/municipal-voucher/service"
import { releaseCartHolds } from "../../checkout/cart-holds"

export const refundCanceledOrderVouchersStepId = "refund-canceled-order-vouchers"

/**
 * Gives back to each voucher what it paid for a canceled order and was not refunded yet.
 * Keyed by order and voucher, so the event arriving twice refunds once; undone by
 * reversing those refunds.
 */
export const refundCanceledOrderVouchersStep = createStep(
  refundCanceledOrderVouchersStepId,
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service: MunicipalVoucherModuleService = container.resolve(MUNICIPAL_VOUCHER_MODULE)
    const { data: links } = await query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: input.order_id } })
    const cartId = (links[0] as { cart_id?: string } | undefined)?.cart_id
    if (!cartId) {
      return new StepResponse([], [])
    }
    // Canceled before its capture (a crash in between): what is still held goes straight back.
    const held = await service.listOutstandingHolds(cartId)
    await releaseCartHolds(container, { cart_id: cartId, voucher_ids: held.map((h) => h.voucher_id) })

    const open = unrefundedVoucherValue(await service.listVoucherLedgerEntries({ reference: cartId }))
    const done: { voucher_id: string; amount: number; key: string }[] = []
    for (const [voucherId, cents] of open) {
      if (cents <= 0) {
        continue
      }
      const key = `order-canceled:${input.order_id}:${voucherId}`
      const { replayed } = await service.refundValue({
        voucher_id: voucherId,
        reference: cartId,
        amount: fromCents(cents),
        idempotency_key: key,
        reason_code: "order_canceled",
        metadata: { order_id: input.order_id },
      })
      if (!replayed) {
        done.push({ voucher_id: voucherId, amount: fromCents(cents), key })
      }
    }
    return new StepResponse(done, done)
  },
  async (done, { container }) => {
    if (!done?.length) {
      return
    }
    const service: MunicipalVoucherModuleService = container.resolve(MUNICIPAL_VOUCHER_MODULE)
    for (const part of done) {
      await service.reverseRefund({
        voucher_id: part.voucher_id,
        idempotency_key: part.key,
        reason_code: "order_canceled_undone",
      })
    }
  }
)
