import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVES_MODULE } from "../../modules/cooperatives"
import type CooperativesModuleService from "../../modules/cooperatives/service"

export const validateCooperativeExistsStepId = "validate-cooperative-exists"

/** Refuses with NOT_FOUND when the cooperative does not exist. */
export const validateCooperativeExistsStep = createStep(
  validateCooperativeExistsStepId,
  async (input: { id: string }, { container }) => {
    const service = container.resolve<CooperativesModuleService>(COOPERATIVES_MODULE)
    const cooperative = await service.retrieveCooperative(input.id, { select: ["id", "status"] })
    return new StepResponse(cooperative)
  }
)
