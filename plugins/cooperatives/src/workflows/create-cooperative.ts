import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCooperativeStep } from "./steps/create-cooperative"
import { validateCooperativeStep } from "./steps/validate-cooperative"
import type { CooperativeInput } from "./types"

export const createCooperativeWorkflowId = "create-cooperative"

/** Records a cooperative's application (status pending) after every field has been checked. */
export const createCooperativeWorkflow = createWorkflow(
  createCooperativeWorkflowId,
  (input: { cooperative: CooperativeInput; actor_id?: string | null }) => {
    const cooperative = validateCooperativeStep(input.cooperative)
    const created = createCooperativeStep({ cooperative, actor_id: input.actor_id })
    return new WorkflowResponse(created)
  }
)
