import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { VOUCHER_EVENTS } from "../../types"
import { refundCanceledOrderVouchersStep } from "./steps/refund-canceled-order-vouchers"

export const refundCanceledOrderVouchersWorkflowId = "refund-canceled-order-vouchers"

/** When an order is canceled, the value its vouchers paid goes back to them (Medusa refunds the card itself). */
export const refundCanceledOrderVouchersWorkflow = createWorkflow(
  refundCanceledOrderVouchersWorkflowId,
  (input: { order_id: string }) => {
    const refunded = refundCanceledOrderVouchersStep(input)
    // Only when value moved now: the event arriving twice refunds, and so tells the citizen, once.
    when({ refunded }, ({ refunded }) => refunded.length > 0).then(() => {
      emitEventStep({
        eventName: VOUCHER_EVENTS.CANCELED_ORDER_REFUNDED,
        data: transform({ input, refunded }, ({ input, refunded }) => ({
          order_id: input.order_id,
          vouchers: refunded.map((r) => ({ voucher_id: r.voucher_id, amount: r.amount })),
        })),
      })
    })
    return new WorkflowResponse(refunded)
  }
)
