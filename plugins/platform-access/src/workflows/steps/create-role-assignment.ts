import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PLATFORM_ACCESS_MODULE } from "../../modules/platform-access"
import type PlatformAccessModuleService from "../../modules/platform-access/service"
import type { PlatformRole, ScopeType } from "../../lib/roles"

export type AssignRoleInput = {
  user_id: string
  role: PlatformRole
  scope_type?: ScopeType | null
  scope_id?: string | null
  granted_by?: string | null
}

export const createRoleAssignmentStepId = "create-role-assignment"

/** Writes the assignment; the database's unique index is the last guard against a second role. */
export const createRoleAssignmentStep = createStep(
  createRoleAssignmentStepId,
  async (input: AssignRoleInput, { container }) => {
    const service = container.resolve<PlatformAccessModuleService>(PLATFORM_ACCESS_MODULE)
    const assignment = await service.createRoleAssignments({
      user_id: input.user_id,
      role: input.role,
      scope_type: input.scope_type ?? null,
      scope_id: input.scope_id ?? null,
      granted_by: input.granted_by ?? null,
    })
    return new StepResponse(assignment, assignment.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service = container.resolve<PlatformAccessModuleService>(PLATFORM_ACCESS_MODULE)
    await service.deleteRoleAssignments(id)
  }
)
