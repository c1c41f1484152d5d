import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AssignRoleInput, createRoleAssignmentStep } from "./steps/create-role-assignment"
import { validateRoleAssignmentStep } from "./steps/validate-role-assignment"

export const assignRoleWorkflowId = "assign-platform-role"

/** Gives an admin user their one platform role (with its scope), after checking it is well formed and new. */
export const assignRoleWorkflow = createWorkflow(assignRoleWorkflowId, (input: AssignRoleInput) => {
  validateRoleAssignmentStep(input)
  const assignment = createRoleAssignmentStep(input)
  return new WorkflowResponse(assignment)
})
