import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  CitizenProfileCandidate,
  findCitizenProfileIssuesStep,
} from "./steps/find-citizen-profile-issues"

export const checkCitizenProfileWorkflowId = "check-citizen-profile"

/** Lists what is wrong with a would-be citizen profile, field by field; writes nothing. */
export const checkCitizenProfileWorkflow = createWorkflow(
  checkCitizenProfileWorkflowId,
  (input: CitizenProfileCandidate) => {
    const issues = findCitizenProfileIssuesStep(input)
    return new WorkflowResponse(issues)
  }
)
