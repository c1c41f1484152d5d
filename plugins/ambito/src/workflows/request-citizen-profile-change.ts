import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { Locale } from "../lib/messages"
import { createChangeRequestStep, validateChangeRequestStep, VerifiedProfile } from "./steps/change-requests"
import { validateCitizenProfileStep } from "./steps/validate-citizen-profile"

export type RequestCitizenProfileChangeInput = {
  customer_id: string
  comune_id?: string
  household_size?: number
  note?: string | null
  locale?: Locale
}

export const requestCitizenProfileChangeWorkflowId = "request-citizen-profile-change"

/**
 * A citizen asks to change their comune or household. Nothing in the profile changes:
 * the request waits for an operator, and the verified values apply until then.
 */
export const requestCitizenProfileChangeWorkflow = createWorkflow(
  requestCitizenProfileChangeWorkflowId,
  (input: RequestCitizenProfileChangeInput) => {
    const { data: customers } = useQueryGraphStep({
      entity: "customer",
      fields: ["id", "citizen_profile.id", "citizen_profile.comune_id", "citizen_profile.household_size"],
      filters: { id: input.customer_id },
      options: { throwIfKeyNotFound: true },
    })
    const profile = transform({ customers }, ({ customers }): VerifiedProfile | null =>
      (customers[0] as { citizen_profile?: VerifiedProfile | null }).citizen_profile ?? null
    )

    validateCitizenProfileStep(
      transform({ input }, ({ input }) => ({ comune_id: input.comune_id, household_size: input.household_size }))
    )
    const request = transform({ input, profile }, ({ input, profile }) => ({
      profile,
      comune_id: input.comune_id,
      household_size: input.household_size,
      note: input.note,
      requested_by: input.customer_id,
      locale: input.locale,
    }))
    validateChangeRequestStep(request)
    return new WorkflowResponse(createChangeRequestStep(request))
  }
)
