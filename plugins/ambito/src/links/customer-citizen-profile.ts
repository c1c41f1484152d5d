import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import AmbitoModule from "../modules/ambito"

/** Each customer has at most one citizen profile, and each profile one customer. */
export default defineLink(
  CustomerModule.linkable.customer,
  { linkable: AmbitoModule.linkable.citizenProfile, deleteCascade: true }
)
