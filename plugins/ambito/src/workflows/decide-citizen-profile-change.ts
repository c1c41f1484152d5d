import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ChangeRequestDecisionInput, claimChangeRequestStep } from "./steps/change-requests"
import { updateCitizenProfileStep } from "./steps/update-citizen-profile"
import { validateCitizenProfileStep } from "./steps/validate-citizen-profile"

export const decideCitizenProfileChangeWorkflowId = "decide-citizen-profile-change"

/**
 * An operator approves or rejects a citizen's change request. On approval the requested
 * values become the verified profile; if that fails, the request is pending again.
 */
export const decideCitizenProfileChangeWorkflow = createWorkflow(
  decideCitizenProfileChangeWorkflowId,
  (input: ChangeRequestDecisionInput) => {
    const request = claimChangeRequestStep(input)

    when({ request }, ({ request }) => request.status === "approved").then(() => {
      const changes = transform({ request }, ({ request }) => ({
        id: request.profile_id as string,
        ...(request.requested_comune_id !== null && { comune_id: request.requested_comune_id }),
        ...(request.requested_household_size !== null && { household_size: request.requested_household_size }),
      }))
      // A comune may have left the Ambito since the request was made.
      validateCitizenProfileStep(
        transform({ changes }, ({ changes }) => ({ comune_id: changes.comune_id, household_size: changes.household_size }))
      )
      updateCitizenProfileStep(changes)
    })

    return new WorkflowResponse(request)
  }
)
