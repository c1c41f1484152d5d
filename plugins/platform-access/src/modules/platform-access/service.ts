import { MedusaService } from "@medusajs/framework/utils"
import { RoleAssignment } from "./models/role-assignment"

/** Data access for role assignments; the rules live in lib/roles.ts and the workflows. */
class PlatformAccessModuleService extends MedusaService({
  RoleAssignment,
}) {}

export default PlatformAccessModuleService
