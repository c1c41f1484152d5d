import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CatalogueTag, revalidateStorefront } from "../lib/storefront-cache"

const TAGS_BY_EVENT: Record<string, CatalogueTag[]> = {
  "product.created": ["products"],
  "product.updated": ["products"],
  "product.deleted": ["products"],
  "product-variant.created": ["products"],
  "product-variant.updated": ["products"],
  "product-variant.deleted": ["products"],
  // Categories carry product lists and products carry categories: both go stale.
  "product-category.created": ["categories", "products"],
  "product-category.updated": ["categories", "products"],
  "product-category.deleted": ["categories", "products"],
  "region.updated": ["regions", "products"],
  // A suspended (or reinstated) cooperative's services leave (or return to) the catalogue.
  "cooperative.accreditation_changed": ["products", "categories"],
}

/** Keeps the storefront's cached catalogue pages in step with edits made in the admin. */
export default async function revalidateStorefrontHandler({ event, container }: SubscriberArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  await revalidateStorefront(TAGS_BY_EVENT[event.name] ?? ["products"], logger)
}

export const config: SubscriberConfig = {
  event: Object.keys(TAGS_BY_EVENT),
}
