import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CooperativesModule from "../modules/cooperatives"

/** A cooperative sells many services; each service belongs to exactly one cooperative (checked when linking). */
export default defineLink(
  CooperativesModule.linkable.cooperative,
  { linkable: ProductModule.linkable.product, isList: true }
)
