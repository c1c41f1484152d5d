import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAccreditationStep } from "./steps/record-accreditation"
import { validateAccreditationChangeStep } from "./steps/validate-accreditation-change"
import type { AccreditationChangeInput } from "./types"

export const changeAccreditationWorkflowId = "change-cooperative-accreditation"

/** Accredits, suspends or revokes a cooperative, keeping the history (date, actor, reason). */
export const changeAccreditationWorkflow = createWorkflow(
  changeAccreditationWorkflowId,
  (input: AccreditationChangeInput) => {
    const previous = validateAccreditationChangeStep(input)
    const change = transform({ input, previous }, ({ input, previous }) => ({ ...input, previous }))
    const cooperative = recordAccreditationStep(change)
    return new WorkflowResponse(cooperative)
  }
)
