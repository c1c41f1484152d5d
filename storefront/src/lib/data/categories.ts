import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { sdk } from "../config"
import { rethrow } from "../errors"
import type { Category } from "../types"

export type CareArea = Category & { subcategories: Category[] }

const byRank = (a: Category, b: Category) => (a.rank ?? 0) - (b.rank ?? 0) || a.name.localeCompare(b.name)

const listCategories = cache(async (): Promise<Category[]> => {
  const { product_categories } = await sdk()
    .client.fetch<HttpTypes.StoreProductCategoryListResponse>("/store/product-categories", {
      query: { fields: "id,name,handle,description,rank,parent_category_id,metadata", limit: 200 },
      cache: "force-cache",
      next: { tags: ["categories"] },
    })
    .catch(rethrow)
  return product_categories
})

/** The care areas (top-level categories) with their subcategories, in the admin's order. */
export const listCareAreas = cache(async (): Promise<CareArea[]> => {
  const categories = await listCategories()
  return categories
    .filter((c) => !c.parent_category_id)
    .sort(byRank)
    .map((area) => ({
      ...area,
      subcategories: categories.filter((c) => c.parent_category_id === area.id).sort(byRank),
    }))
})

export async function getCareArea(handle: string): Promise<CareArea | undefined> {
  return (await listCareAreas()).find((area) => area.handle === handle)
}

/** The care area and subcategory a service belongs to, for its breadcrumb. */
export async function findPlacement(
  categoryIds: string[]
): Promise<{ area?: CareArea; sub?: Category }> {
  const areas = await listCareAreas()
  for (const area of areas) {
    const sub = area.subcategories.find((s) => categoryIds.includes(s.id))
    if (sub) return { area, sub }
  }
  return { area: areas.find((a) => categoryIds.includes(a.id)) }
}
