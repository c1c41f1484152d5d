import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ACCREDITATION_STATUSES } from "../../lib/cooperative-rules"
import { COOPERATIVES_MODULE } from "../../modules/cooperatives"
import type CooperativesModuleService from "../../modules/cooperatives/service"
import type { CooperativeInput } from "../types"

export const createCooperativeStepId = "create-cooperative"

/** Creates the cooperative as a pending application, with the first entry of its history. */
export const createCooperativeStep = createStep(
  createCooperativeStepId,
  async (input: { cooperative: CooperativeInput; actor_id?: string | null }, { container }) => {
    const service = container.resolve<CooperativesModuleService>(COOPERATIVES_MODULE)
    const cooperative = await service.createCooperatives({
      ...input.cooperative,
      status: ACCREDITATION_STATUSES.PENDING,
    })
    await service.createAccreditationEvents({
      cooperative_id: cooperative.id,
      status: ACCREDITATION_STATUSES.PENDING,
      actor_id: input.actor_id ?? null,
      reason: null,
      occurred_at: new Date(),
    })
    return new StepResponse(cooperative, cooperative.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service = container.resolve<CooperativesModuleService>(COOPERATIVES_MODULE)
    await service.deleteCooperatives(id)
  }
)
