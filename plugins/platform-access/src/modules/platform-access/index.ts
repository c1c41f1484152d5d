import { Module } from "@medusajs/framework/utils"
import PlatformAccessModuleService from "./service"

export const PLATFORM_ACCESS_MODULE = "platform_access"

export default Module(PLATFORM_ACCESS_MODULE, {
  service: PlatformAccessModuleService,
})

export { PlatformAccessModuleService }
