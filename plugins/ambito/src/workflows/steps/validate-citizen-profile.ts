import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { AMBITO_MODULE } from "../../modules/ambito"
import type AmbitoModuleService from "../../modules/ambito/service"
import { message } from "../../lib/messages"
import { CitizenProfileCandidate, findCitizenProfileIssues } from "./find-citizen-profile-issues"

export const validateCitizenProfileStepId = "validate-citizen-profile"

/** Throws INVALID_DATA naming the first broken rule, so that a write never starts on bad data. */
export const validateCitizenProfileStep = createStep(
  validateCitizenProfileStepId,
  async (candidate: CitizenProfileCandidate, { container }) => {
    const service: AmbitoModuleService = container.resolve(AMBITO_MODULE)
    const [first] = await findCitizenProfileIssues(service, candidate)
    if (first) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, message(first.code))
    }
  }
)
