import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, completeCartWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { Locale } from "../lib/messages"
import { captureCartVouchersStep } from "./steps/capture-cart-vouchers"
import { holdCartVouchersStep } from "./steps/hold-cart-vouchers"

export type CompleteCartWithVouchersWorkflowInput = { id: string; locale?: Locale }

export const completeCartWithVouchersWorkflowId = "complete-cart-with-vouchers"

/**
 * Medusa's cart completion with the vouchers on the cart held before the order is
 * created and captured after. completeCartWorkflow skips its own lock when it runs
 * as a step, so this workflow takes the same cart lock around the whole sequence:
 * two completions of one cart can never both hold or capture.
 */
export const completeCartWithVouchersWorkflow = createWorkflow(
  completeCartWithVouchersWorkflowId,
  (input: CompleteCartWithVouchersWorkflowInput) => {
    acquireLockStep({ key: input.id, timeout: 30, ttl: 120 })
    const held = holdCartVouchersStep({ cart_id: input.id, locale: input.locale })
    const order = completeCartWorkflow.runAsStep({ input: { id: input.id } })
    captureCartVouchersStep(
      transform({ input, order, held }, ({ input, order, held }) => ({
        cart_id: input.id,
        order_id: order.id,
        held,
      }))
    )
    releaseLockStep({ key: input.id })
    return new WorkflowResponse(order)
  }
)
