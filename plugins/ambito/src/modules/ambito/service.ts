import { MedusaService } from "@medusajs/framework/utils"
import { CitizenProfile } from "./models/citizen-profile"
import { Comune } from "./models/comune"

/** Data access for comuni and citizen profiles; the rules live in workflows. */
class AmbitoModuleService extends MedusaService({
  Comune,
  CitizenProfile,
}) {}

export default AmbitoModuleService
