import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { Locale } from "../../lib/messages"
import { updateVoucherSchemeStep, UpdateVoucherSchemeStepInput } from "./steps/update-voucher-scheme"
import { validateVoucherSchemeStep } from "./steps/validate-voucher-scheme"

export type UpdateVoucherSchemeWorkflowInput = UpdateVoucherSchemeStepInput & { locale?: Locale }

export const updateVoucherSchemeWorkflowId = "update-voucher-scheme"

/** Edits or closes a scheme; the edited scheme is validated as a whole. */
export const updateVoucherSchemeWorkflow = createWorkflow(
  updateVoucherSchemeWorkflowId,
  (input: UpdateVoucherSchemeWorkflowInput) => {
    const { data: schemes } = useQueryGraphStep({
      entity: "voucher_scheme",
      fields: ["id", "starts_at", "ends_at", "care_areas", "comuni"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    validateVoucherSchemeStep(
      transform({ input, schemes }, ({ input, schemes }) => ({
        starts_at: input.starts_at ?? schemes[0].starts_at,
        ends_at: input.ends_at ?? schemes[0].ends_at,
        care_areas: input.care_areas ?? schemes[0].care_areas,
        comuni: input.comuni ?? schemes[0].comuni,
        locale: input.locale,
      }))
    )
    const scheme = updateVoucherSchemeStep(
      transform({ input }, ({ input }) => {
        const { locale: _locale, ...data } = input
        return data
      })
    )
    return new WorkflowResponse(scheme)
  }
)
