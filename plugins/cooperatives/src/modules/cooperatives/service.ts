import { MedusaService } from "@medusajs/framework/utils"
import { AccreditationEvent } from "./models/accreditation-event"
import { Cooperative } from "./models/cooperative"

/** Data access for cooperatives and their accreditation history; the rules live in workflows. */
class CooperativesModuleService extends MedusaService({
  Cooperative,
  AccreditationEvent,
}) {}

export default CooperativesModuleService
