import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PLATFORM_ACCESS_MODULE } from "../../modules/platform-access"
import type PlatformAccessModuleService from "../../modules/platform-access/service"
import { findRoleAssignmentIssues } from "../../lib/roles"
import type { AssignRoleInput } from "./create-role-assignment"

export const validateRoleAssignmentStepId = "validate-role-assignment"

/** Refuses a malformed assignment, an unknown user, or a user who already has a role. */
export const validateRoleAssignmentStep = createStep(
  validateRoleAssignmentStepId,
  async (input: AssignRoleInput, { container }) => {
    const issues = findRoleAssignmentIssues(input)
    if (issues.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Invalid role assignment: ${issues.map((i) => `${i.field} ${i.code}`).join(", ")}`
      )
    }
    const users = container.resolve(Modules.USER)
    const [user] = await users.listUsers({ id: input.user_id }, { select: ["id"] })
    if (!user) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `User ${input.user_id} was not found`)
    }
    const service = container.resolve<PlatformAccessModuleService>(PLATFORM_ACCESS_MODULE)
    const [existing] = await service.listRoleAssignments({ user_id: input.user_id }, { take: 1 })
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `User ${input.user_id} already has the role ${existing.role}`
      )
    }
    return new StepResponse(undefined)
  }
)
