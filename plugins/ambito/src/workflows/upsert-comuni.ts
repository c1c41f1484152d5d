import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ComuneInput, upsertComuniStep } from "./steps/upsert-comuni"

export const upsertComuniWorkflowId = "upsert-comuni"

/** Loads or refreshes the comuni of the Ambito, keyed by ISTAT code. */
export const upsertComuniWorkflow = createWorkflow(
  upsertComuniWorkflowId,
  (input: { comuni: ComuneInput[] }) => {
    return new WorkflowResponse(upsertComuniStep(input.comuni))
  }
)
