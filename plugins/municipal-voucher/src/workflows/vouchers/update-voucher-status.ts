import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateVoucherStatusStep, UpdateVoucherStatusStepInput } from "./steps/update-voucher-status"

export const updateVoucherStatusWorkflowId = "update-voucher-status"

/** Suspends or reinstates a voucher. */
export const updateVoucherStatusWorkflow = createWorkflow(
  updateVoucherStatusWorkflowId,
  (input: UpdateVoucherStatusStepInput) => new WorkflowResponse(updateVoucherStatusStep(input))
)
