import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { recordAccreditationStep } from "./steps/record-accreditation"
import { validateAccreditationChangeStep } from "./steps/validate-accreditation-change"
import type { AccreditationChangeInput } from "./types"

export const changeAccreditationWorkflowId = "change-cooperative-accreditation"

/** Emitted after every accreditation change: what the store sells has changed. */
export const ACCREDITATION_CHANGED_EVENT = "cooperative.accreditation_changed"

/** Accredits, suspends or revokes a cooperative, keeping the history (date, actor, reason). */
export const changeAccreditationWorkflow = createWorkflow(
  changeAccreditationWorkflowId,
  (input: AccreditationChangeInput) => {
    const previous = validateAccreditationChangeStep(input)
    const change = transform({ input, previous }, ({ input, previous }) => ({ ...input, previous }))
    const cooperative = recordAccreditationStep(change)
    emitEventStep({
      eventName: ACCREDITATION_CHANGED_EVENT,
      data: transform({ input }, ({ input }) => ({ id: input.cooperative_id, status: input.status })),
    })
    return new WorkflowResponse(cooperative)
  }
)
