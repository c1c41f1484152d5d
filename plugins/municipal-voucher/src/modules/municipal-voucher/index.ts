import { Module } from "@medusajs/framework/utils"
import MunicipalVoucherModuleService from "./service"

export const MUNICIPAL_VOUCHER_MODULE = "municipalVoucher"

export default Module(MUNICIPAL_VOUCHER_MODULE, {
  service: MunicipalVoucherModuleService,
})

export { MunicipalVoucherModuleService }
