import type { ExecArgs, ProductCategoryDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createProductCategoriesWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { seedData, SeedService } from "./data"

type Context = {
  salesChannelId: string
  types: { social: { id: string }; commercial: { id: string } }
}

/** Public URL of a file in backend/static, served by Medusa under /static. */
export function staticUrl(file: string) {
  const base = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
  return `${base}/static/images/${file}`
}

/** The care areas as top-level product categories, their subcategories as children. */
export async function seedCareAreas({ container }: ExecArgs) {
  const productModule = container.resolve(Modules.PRODUCT)
  const areas = seedData.careAreas()
  const existing = await productModule.listProductCategories({}, { take: null })
  const byHandle = new Map<string, ProductCategoryDTO>(existing.map((c) => [c.handle, c]))

  const missingAreas = areas.filter((a) => !byHandle.has(a.handle))
  if (missingAreas.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missingAreas.map((area, rank) => ({
          name: area.name,
          handle: area.handle,
          description: area.description,
          is_active: true,
          is_internal: false,
          rank,
          metadata: { image: area.image, description_en: area.description_en },
        })),
      },
    })
    result.forEach((c) => byHandle.set(c.handle, c))
  }

  const missingSubs = areas.flatMap((area) =>
    area.subcategories
      .filter((sub) => !byHandle.has(sub.handle))
      .map((sub, rank) => ({
        name: sub.name,
        handle: sub.handle,
        is_active: true,
        is_internal: false,
        rank,
        parent_category_id: byHandle.get(area.handle)!.id,
        metadata: { name_en: sub.name_en, image: `${sub.handle}.svg` },
      }))
  )
  if (missingSubs.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: { product_categories: missingSubs },
    })
    result.forEach((c) => byHandle.set(c.handle, c))
  }
  return byHandle
}

/** The services of the cooperatives as products; one variant each, priced in EUR incl. VAT. */
export async function seedServices(
  { container }: ExecArgs,
  categories: Map<string, ProductCategoryDTO>,
  context: Context
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const productModule = container.resolve(Modules.PRODUCT)
  const services = seedData.services()
  const cooperatives = new Map(seedData.cooperatives().map((c) => [c.handle, c]))

  const existing = await productModule.listProducts(
    { handle: services.map((s) => s.handle) },
    { select: ["handle"], take: null }
  )
  const present = new Set(existing.map((p) => p.handle))
  const missing = services.filter((s) => !present.has(s.handle))
  if (!missing.length) {
    return
  }

  const toProduct = (service: SeedService) => {
    const cooperative = cooperatives.get(service.cooperative)
    if (!cooperative) {
      throw new Error(`Service ${service.handle} names an unknown cooperative ${service.cooperative}`)
    }
    const image = staticUrl(`${service.subcategory}.svg`)
    return {
      title: service.title,
      handle: service.handle,
      description: service.description,
      status: ProductStatus.PUBLISHED,
      thumbnail: image,
      images: [{ url: image }],
      // Listed under its care area and its subcategory, so both listings are one indexed filter.
      category_ids: [categories.get(service.care_area)!.id, categories.get(service.subcategory)!.id],
      type_id: service.vat_rate === 5 ? context.types.social.id : context.types.commercial.id,
      sales_channels: [{ id: context.salesChannelId }],
      metadata: {
        unit: service.unit,
        duration: service.duration,
        cooperative: cooperative.name,
        cooperative_handle: cooperative.handle,
        bookable: service.bookable,
      },
      options: [{ title: "Formula", values: ["Standard"] }],
      variants: [
        {
          title: "Standard",
          sku: service.handle,
          manage_inventory: false,
          options: { Formula: "Standard" },
          prices: [{ amount: service.price_eur, currency_code: "eur" }],
        },
      ],
    }
  }

  await createProductsWorkflow(container).run({ input: { products: missing.map(toProduct) } })
  logger.info(`Created ${missing.length} services`)
}
