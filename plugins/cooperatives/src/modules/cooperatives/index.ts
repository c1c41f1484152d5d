import { Module } from "@medusajs/framework/utils"
import CooperativesModuleService from "./service"

export const COOPERATIVES_MODULE = "cooperatives"

export default Module(COOPERATIVES_MODULE, {
  service: CooperativesModuleService,
})

export { CooperativesModuleService }
