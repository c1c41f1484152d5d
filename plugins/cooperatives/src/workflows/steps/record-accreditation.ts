import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AccreditationStatus } from "../../lib/cooperative-rules"
import { COOPERATIVES_MODULE } from "../../modules/cooperatives"
import type CooperativesModuleService from "../../modules/cooperatives/service"
import type { AccreditationChangeInput } from "../types"

export const recordAccreditationStepId = "record-accreditation"

/** Sets the new status and appends it to the history; undone by restoring the previous status. */
export const recordAccreditationStep = createStep(
  recordAccreditationStepId,
  async (input: AccreditationChangeInput & { previous: AccreditationStatus }, { container }) => {
    const service = container.resolve<CooperativesModuleService>(COOPERATIVES_MODULE)
    const cooperative = await service.updateCooperatives({ id: input.cooperative_id, status: input.status })
    const event = await service.createAccreditationEvents({
      cooperative_id: input.cooperative_id,
      status: input.status,
      actor_id: input.actor_id ?? null,
      reason: input.reason ?? null,
      occurred_at: new Date(),
    })
    return new StepResponse(cooperative, { id: input.cooperative_id, previous: input.previous, event_id: event.id })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service = container.resolve<CooperativesModuleService>(COOPERATIVES_MODULE)
    await service.deleteAccreditationEvents(undo.event_id)
    await service.updateCooperatives({ id: undo.id, status: undo.previous })
  }
)
