import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import CooperativesModule from "../modules/cooperatives"

/** The cooperatives whose services an order contains; a member sees the orders linked to theirs. */
export default defineLink(
  { linkable: CooperativesModule.linkable.cooperative, isList: true },
  { linkable: OrderModule.linkable.order, isList: true }
)
