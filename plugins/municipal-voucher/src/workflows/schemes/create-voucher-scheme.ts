import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { Locale } from "../../lib/messages"
import { createVoucherSchemeStep, CreateVoucherSchemeStepInput } from "./steps/create-voucher-scheme"
import { validateVoucherSchemeStep } from "./steps/validate-voucher-scheme"

export type CreateVoucherSchemeWorkflowInput = CreateVoucherSchemeStepInput & { locale?: Locale }

export const createVoucherSchemeWorkflowId = "create-voucher-scheme"

/** Creates a voucher scheme after checking its validity window and care areas. */
export const createVoucherSchemeWorkflow = createWorkflow(
  createVoucherSchemeWorkflowId,
  (input: CreateVoucherSchemeWorkflowInput) => {
    validateVoucherSchemeStep(input)
    const scheme = createVoucherSchemeStep(
      transform({ input }, ({ input }) => {
        const { locale: _locale, ...data } = input
        return data
      })
    )
    return new WorkflowResponse(scheme)
  }
)
