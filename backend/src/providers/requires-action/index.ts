import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import RequiresActionProviderService from "./service"

export default ModuleProvider(Modules.PAYMENT, { services: [RequiresActionProviderService] })
