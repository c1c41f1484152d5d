import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createCartCreditLinesWorkflow,
  deleteCartCreditLinesWorkflow,
  refreshPaymentCollectionForCartWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { computeVoucherCoverStep, ComputeVoucherCoverStepInput } from "./steps/compute-voucher-cover"
import { stampCartLines } from "./refresh-cart-voucher-lines"
import { fetchVoucherCart, VOUCHER_CREDIT_LINE_REFERENCE } from "./voucher-cart"

/** Marks each cart line with its id, so the voucher's shares follow the lines into the order. */
const stampCartLinesStep = createStep("stamp-voucher-cart-lines", async (input: { cart_id: string }, { container }) => {
  const cart = await fetchVoucherCart(container, input.cart_id)
  if (cart) {
    await stampCartLines(container, cart)
  }
  return new StepResponse(undefined)
})

export type ApplyVoucherToCartWorkflowInput = ComputeVoucherCoverStepInput

export const applyVoucherToCartWorkflowId = "apply-voucher-to-cart"

/**
 * Puts a voucher on a cart as a credit line worth what it may pay (its eligible lines,
 * up to its balance), so the card pays only the rest. Applying again recomputes it.
 * Nothing is held yet: the hold is taken when the cart is completed.
 */
export const applyVoucherToCartWorkflow = createWorkflow(
  applyVoucherToCartWorkflowId,
  (input: ApplyVoucherToCartWorkflowInput) => {
    acquireLockStep({ key: input.cart_id, timeout: 10, ttl: 30 })
    const prepared = computeVoucherCoverStep(input)

    when({ prepared }, ({ prepared }) => prepared.existing_line_ids.length > 0).then(() => {
      deleteCartCreditLinesWorkflow.runAsStep({
        input: transform({ prepared }, ({ prepared }) => ({ id: prepared.existing_line_ids })),
      })
    })
    createCartCreditLinesWorkflow.runAsStep({
      input: transform({ input, prepared }, ({ input, prepared }) => [
        {
          cart_id: input.cart_id,
          amount: prepared.cover.amount,
          reference: VOUCHER_CREDIT_LINE_REFERENCE,
          reference_id: prepared.voucher.id,
          metadata: {
            scheme_id: prepared.voucher.scheme_id,
            scheme_name: prepared.voucher.scheme_name,
            allocations: prepared.cover.allocations,
          },
        },
      ]),
    })
    stampCartLinesStep({ cart_id: input.cart_id })
    refreshPaymentCollectionForCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
    releaseLockStep({ key: input.cart_id })

    return new WorkflowResponse(prepared)
  }
)
