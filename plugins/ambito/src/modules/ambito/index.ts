import { Module } from "@medusajs/framework/utils"
import AmbitoModuleService from "./service"

export const AMBITO_MODULE = "ambito"

export default Module(AMBITO_MODULE, {
  service: AmbitoModuleService,
})

export { AmbitoModuleService }
