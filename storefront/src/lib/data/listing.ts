import "server-only"
import type { Category, Page, Product } from "../types"
import { getCareArea, type CareArea } from "./categories"
import { listServices } from "./products"

export type AreaListing = { area: CareArea; sub?: Category; services: Page<Product> }

/** Parses a "/p/[page]" segment: a whole number from 1 up, anything else is not a page. */
export function parsePage(value: string | undefined): number | undefined {
  if (value === undefined) return 1
  return /^[1-9]\d{0,3}$/.test(value) ? Number(value) : undefined
}

/**
 * The services of a care area (or of one of its subcategories) on a page; undefined
 * when the area, the subcategory or the page does not exist.
 */
export async function loadAreaListing(areaHandle: string, subHandle?: string, pageParam?: string): Promise<AreaListing | undefined> {
  const page = parsePage(pageParam)
  const area = await getCareArea(areaHandle)
  if (!area || !page) return undefined
  const sub = subHandle ? area.subcategories.find((s) => s.handle === subHandle) : undefined
  if (subHandle && !sub) return undefined
  const categoryIds = sub ? [sub.id] : [area.id, ...area.subcategories.map((s) => s.id)]
  const services = await listServices(categoryIds, page)
  if (page > services.pageCount) return undefined
  return { area, sub, services }
}
