import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AMBITO_MODULE } from "../../modules/ambito"
import type AmbitoModuleService from "../../modules/ambito/service"
import { normalizeCodiceFiscale } from "../../lib/citizen-rules"

export type UpdateCitizenProfileStepInput = {
  id: string
  codice_fiscale?: string
  comune_id?: string
  household_size?: number
}

export const updateCitizenProfileStepId = "update-citizen-profile"

/** Updates a citizen profile; undone by restoring the fields it had before. */
export const updateCitizenProfileStep = createStep(
  updateCitizenProfileStepId,
  async (input: UpdateCitizenProfileStepInput, { container }) => {
    const service: AmbitoModuleService = container.resolve(AMBITO_MODULE)
    const before = await service.retrieveCitizenProfile(input.id)
    const updated = await service.updateCitizenProfiles({
      id: input.id,
      ...(input.codice_fiscale !== undefined && {
        codice_fiscale: normalizeCodiceFiscale(input.codice_fiscale),
      }),
      ...(input.comune_id !== undefined && { comune_id: input.comune_id }),
      ...(input.household_size !== undefined && { household_size: input.household_size }),
    })
    return new StepResponse(updated, {
      id: before.id,
      codice_fiscale: before.codice_fiscale,
      comune_id: before.comune_id,
      household_size: before.household_size,
    })
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const service: AmbitoModuleService = container.resolve(AMBITO_MODULE)
    await service.updateCitizenProfiles(before)
  }
)
