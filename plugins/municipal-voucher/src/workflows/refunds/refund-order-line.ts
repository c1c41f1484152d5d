import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, refundPaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { VOUCHER_EVENTS } from "../../types"
import { computeLineRefundStep, ComputeLineRefundStepInput, lineRefundNote } from "./steps/compute-line-refund"
import { refundVoucherLineStep } from "./steps/refund-voucher-line"

export type RefundOrderLineWorkflowInput = ComputeLineRefundStepInput & {
  actor_id: string
  reason?: string | null
}

export const refundOrderLineWorkflowId = "refund-order-line"

/**
 * Refunds (part of) an order line to what paid for it: the voucher share back to the
 * vouchers, the rest to the card. Locked per order; the idempotency key makes a retry a no-op.
 */
export const refundOrderLineWorkflow = createWorkflow(
  refundOrderLineWorkflowId,
  (input: RefundOrderLineWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => `voucher-refund:${input.order_id}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
    const plan = computeLineRefundStep(input)
    refundVoucherLineStep(
      transform({ input, plan }, ({ input, plan }) => ({
        plan,
        order_id: input.order_id,
        item_id: input.item_id,
        idempotency_key: input.idempotency_key,
        actor_id: input.actor_id,
        reason: input.reason,
      }))
    )
    when({ plan }, ({ plan }) => !!plan.card && plan.card.amount > 0).then(() => {
      refundPaymentWorkflow.runAsStep({
        input: transform({ input, plan }, ({ input, plan }) => ({
          payment_id: plan.card!.payment_id,
          amount: plan.card!.amount,
          created_by: input.actor_id,
          note: lineRefundNote(input.item_id, input.idempotency_key),
        })),
      })
    })
    releaseLockStep({ key: lockKey })
    when({ plan }, ({ plan }) => !plan.replayed).then(() => {
      emitEventStep({
        eventName: VOUCHER_EVENTS.LINE_REFUNDED,
        data: transform({ input, plan }, ({ input, plan }) => ({
          order_id: input.order_id,
          item_id: input.item_id,
          idempotency_key: input.idempotency_key,
          vouchers: plan.vouchers,
          card: plan.card,
        })),
      })
    })
    return new WorkflowResponse(plan)
  }
)
