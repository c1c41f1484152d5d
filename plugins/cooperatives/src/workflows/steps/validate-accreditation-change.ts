import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AccreditationStatus, canChangeAccreditation } from "../../lib/cooperative-rules"
import { COOPERATIVES_MODULE } from "../../modules/cooperatives"
import type CooperativesModuleService from "../../modules/cooperatives/service"
import type { AccreditationChangeInput } from "../types"

export const validateAccreditationChangeStepId = "validate-accreditation-change"

/** Refuses a change the accreditation rules do not allow (accrediting twice, reviving a revoked one). */
export const validateAccreditationChangeStep = createStep(
  validateAccreditationChangeStepId,
  async (input: AccreditationChangeInput, { container }) => {
    const service = container.resolve<CooperativesModuleService>(COOPERATIVES_MODULE)
    const cooperative = await service.retrieveCooperative(input.cooperative_id, { select: ["id", "status"] })
    const from = cooperative.status as AccreditationStatus
    if (!canChangeAccreditation(from, input.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Cooperative ${cooperative.id} is ${from} and cannot become ${input.status}`
      )
    }
    if (input.status !== "accredited" && !input.reason?.trim()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `A reason is required to make a cooperative ${input.status}`)
    }
    return new StepResponse(from)
  }
)
