import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import MunicipalVoucherProviderService from "./service"

export default ModuleProvider(Modules.PAYMENT, {
  services: [MunicipalVoucherProviderService],
})
