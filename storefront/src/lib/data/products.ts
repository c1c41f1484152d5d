import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { PAGE_SIZE, sdk } from "../config"
import { rethrow } from "../errors"
import type { Page, Product } from "../types"
import { getRegion } from "./regions"

const FIELDS = "*variants.calculated_price,*categories,+metadata"

type ListQuery = { categoryIds?: string[]; q?: string; page: number }

async function fetchProducts(query: ListQuery, cached: boolean): Promise<Page<Product>> {
  const region = await getRegion()
  const { products, count } = await sdk()
    .client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
      query: {
        region_id: region.id,
        fields: FIELDS,
        limit: PAGE_SIZE,
        offset: (query.page - 1) * PAGE_SIZE,
        order: "title",
        ...(query.categoryIds ? { category_id: query.categoryIds } : {}),
        ...(query.q ? { q: query.q } : {}),
      },
      // Catalogue pages are static: their reads live in the data cache until the
      // backend revalidates the "products" tag. Search results are not cached.
      ...(cached ? { cache: "force-cache", next: { tags: ["products"] } } : { cache: "no-store" }),
    })
    .catch(rethrow)
  return { items: products, count, page: query.page, pageCount: Math.max(1, Math.ceil(count / PAGE_SIZE)) }
}

/** One page of the services in any of the given categories (an area and its subcategories). */
export function listServices(categoryIds: string[], page: number): Promise<Page<Product>> {
  return fetchProducts({ categoryIds, page }, true)
}

/** Free-text search over the services; dynamic, never cached. */
export function searchServices(q: string, page: number): Promise<Page<Product>> {
  return fetchProducts({ q, page }, false)
}

export async function getService(handle: string): Promise<Product | undefined> {
  const region = await getRegion()
  const { products } = await sdk()
    .client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
      query: { handle, region_id: region.id, fields: FIELDS, limit: 1 },
      cache: "force-cache",
      next: { tags: ["products"] },
    })
    .catch(rethrow)
  return products[0]
}
