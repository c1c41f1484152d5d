import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refundCanceledOrderVouchersStep } from "./steps/refund-canceled-order-vouchers"

export const refundCanceledOrderVouchersWorkflowId = "refund-canceled-order-vouchers"

/** When an order is canceled, the value its vouchers paid goes back to them (Medusa refunds the card itself). */
export const refundCanceledOrderVouchersWorkflow = createWorkflow(
  refundCanceledOrderVouchersWorkflowId,
  (input: { order_id: string }) => new WorkflowResponse(refundCanceledOrderVouchersStep(input))
)
