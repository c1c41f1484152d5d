import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AMBITO_MODULE } from "../../modules/ambito"
import type AmbitoModuleService from "../../modules/ambito/service"
import { normalizeCodiceFiscale } from "../../lib/citizen-rules"

export type CreateCitizenProfileStepInput = {
  codice_fiscale: string
  comune_id: string
  household_size: number
  sex?: "F" | "M"
  date_of_birth?: string
}

export const createCitizenProfileStepId = "create-citizen-profile"

/** Creates a citizen profile; undone by deleting it. */
export const createCitizenProfileStep = createStep(
  createCitizenProfileStepId,
  async (input: CreateCitizenProfileStepInput, { container }) => {
    const service: AmbitoModuleService = container.resolve(AMBITO_MODULE)
    const profile = await service.createCitizenProfiles({
      codice_fiscale: normalizeCodiceFiscale(input.codice_fiscale),
      comune_id: input.comune_id,
      household_size: input.household_size,
      sex: input.sex ?? null,
      date_of_birth: input.date_of_birth ?? null,
    })
    return new StepResponse(profile, profile.id)
  },
  async (profileId, { container }) => {
    if (!profileId) {
      return
    }
    const service: AmbitoModuleService = container.resolve(AMBITO_MODULE)
    await service.deleteCitizenProfiles(profileId)
  }
)
