import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SCOPE_TYPES } from "@tradatewelfare/platform-access/lib/roles"
import { assignRoleWorkflow } from "@tradatewelfare/platform-access/workflows"
import { validateCooperativeExistsStep } from "./steps/validate-cooperative-exists"
import type { CooperativeMemberInput } from "./types"

export const addCooperativeMemberWorkflowId = "add-cooperative-member"

/** Makes an admin user an owner or staff member of one cooperative (their one platform role). */
export const addCooperativeMemberWorkflow = createWorkflow(
  addCooperativeMemberWorkflowId,
  (input: CooperativeMemberInput) => {
    validateCooperativeExistsStep({ id: input.cooperative_id })
    const assignment = assignRoleWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        user_id: input.user_id,
        role: input.role,
        scope_type: SCOPE_TYPES.COOPERATIVE,
        scope_id: input.cooperative_id,
        granted_by: input.granted_by ?? null,
      })),
    })
    return new WorkflowResponse(assignment)
  }
)
