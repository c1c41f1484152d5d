import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  checkVoucherAssignmentsStep,
  CheckVoucherAssignmentsStepInput,
} from "./steps/check-voucher-assignments"

export const checkVoucherAssignmentsWorkflowId = "check-voucher-assignments"

/** Reports, row by row, what is wrong with a set of voucher assignments; writes nothing. */
export const checkVoucherAssignmentsWorkflow = createWorkflow(
  checkVoucherAssignmentsWorkflowId,
  (input: CheckVoucherAssignmentsStepInput) => new WorkflowResponse(checkVoucherAssignmentsStep(input))
)
