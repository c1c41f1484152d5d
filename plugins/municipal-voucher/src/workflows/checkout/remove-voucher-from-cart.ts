import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  deleteCartCreditLinesWorkflow,
  refreshPaymentCollectionForCartWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { findVoucherCreditLinesStep, FindVoucherCreditLinesStepInput } from "./steps/find-voucher-credit-lines"

export type RemoveVoucherFromCartWorkflowInput = FindVoucherCreditLinesStepInput

export const removeVoucherFromCartWorkflowId = "remove-voucher-from-cart"

/** Takes a voucher's credit line off the citizen's cart, so the card pays the whole total again. */
export const removeVoucherFromCartWorkflow = createWorkflow(
  removeVoucherFromCartWorkflowId,
  (input: RemoveVoucherFromCartWorkflowInput) => {
    acquireLockStep({ key: input.cart_id, timeout: 10, ttl: 30 })
    const ids = findVoucherCreditLinesStep(input)
    deleteCartCreditLinesWorkflow.runAsStep({ input: transform({ ids }, ({ ids }) => ({ id: ids })) })
    refreshPaymentCollectionForCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse(ids)
  }
)
