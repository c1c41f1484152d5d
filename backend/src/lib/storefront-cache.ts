import type { Logger } from "@medusajs/framework/types"

export type CatalogueTag = "products" | "categories" | "regions"

/**
 * Asks the storefront to drop its cached catalogue reads for these tags.
 * A storefront that is down misses nothing: it renders fresh data when it restarts.
 */
export async function revalidateStorefront(tags: CatalogueTag[], logger: Logger): Promise<void> {
  const url = process.env.STOREFRONT_URL || "http://localhost:8000"
  const secret = process.env.REVALIDATE_SECRET
  if (!secret) {
    logger.debug("REVALIDATE_SECRET is not set: the storefront cache is not revalidated")
    return
  }
  try {
    const response = await fetch(`${url}/api/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-secret": secret },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5000),
    })
    if (!response.ok) {
      logger.warn(`Storefront revalidation of ${tags.join(", ")} answered ${response.status}`)
    }
  } catch (error) {
    logger.warn(`Storefront revalidation of ${tags.join(", ")} failed: ${(error as Error).message}`)
  }
}
