import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdjustInput } from "../../modules/municipal-voucher/ledger"
import { adjustVoucherBalanceStep } from "./steps/adjust-voucher-balance"

export type AdjustVoucherWorkflowInput = AdjustInput

export const adjustVoucherWorkflowId = "adjust-voucher"

/** A manual correction of a voucher's balance by an operator, with the reason and the operator recorded. */
export const adjustVoucherWorkflow = createWorkflow(adjustVoucherWorkflowId, (input: AdjustVoucherWorkflowInput) =>
  new WorkflowResponse(adjustVoucherBalanceStep(input))
)
