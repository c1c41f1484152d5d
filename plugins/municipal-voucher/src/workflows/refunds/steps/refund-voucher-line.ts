import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MUNICIPAL_VOUCHER_MODULE } from "../../../modules/municipal-voucher"
import type MunicipalVoucherModuleService from "../../../modules/municipal-voucher/service"
import type { LineRefundPlan } from "./compute-line-refund"

export type RefundVoucherLineStepInput = {
  plan: LineRefundPlan
  order_id: string
  item_id: string
  idempotency_key: string
  actor_id: string
  reason?: string | null
}

export const refundVoucherLineStepId = "refund-voucher-line"

/**
 * Gives a line's voucher share back to the vouchers that paid it, each keyed so a retry
 * refunds nothing twice. If the card part then fails, each refund is reversed, so the
 * vouchers are exactly as before and a retry with the same key does the work again.
 */
export const refundVoucherLineStep = createStep(
  refundVoucherLineStepId,
  async (input: RefundVoucherLineStepInput, { container }) => {
    const service: MunicipalVoucherModuleService = container.resolve(MUNICIPAL_VOUCHER_MODULE)
    const done: { voucher_id: string; amount: number; key: string }[] = []
    for (const part of input.plan.vouchers) {
      const key = `line-refund:${input.idempotency_key}:${part.voucher_id}`
      const { replayed } = await service.refundValue({
        voucher_id: part.voucher_id,
        reference: input.plan.cart_id!,
        amount: part.amount,
        idempotency_key: key,
        actor_id: input.actor_id,
        reason: input.reason ?? null,
        reason_code: input.reason ? null : "line_refund",
        metadata: { order_id: input.order_id, order_item_id: input.item_id },
      })
      if (!replayed) {
        done.push({ voucher_id: part.voucher_id, amount: part.amount, key })
      }
    }
    return new StepResponse(done, { done, actor_id: input.actor_id })
  },
  async (undo, { container }) => {
    if (!undo?.done.length) {
      return
    }
    const service: MunicipalVoucherModuleService = container.resolve(MUNICIPAL_VOUCHER_MODULE)
    for (const part of undo.done) {
      await service.reverseRefund({
        voucher_id: part.voucher_id,
        idempotency_key: part.key,
        reason_code: "refund_reversed",
      })
    }
  }
)
