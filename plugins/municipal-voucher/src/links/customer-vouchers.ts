import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import MunicipalVoucherModule from "../modules/municipal-voucher"

/** A customer's vouchers (read-only: the voucher keeps customer_id, no link table). */
export default defineLink(
  { linkable: CustomerModule.linkable.customer, field: "id" },
  { ...MunicipalVoucherModule.linkable.voucher.id, primaryKey: "customer_id" },
  { readOnly: true, isList: true }
)
