import "server-only"
import { cache } from "react"
import { storeFetch } from "../store-fetch"
import type { Comune } from "../types"

/**
 * The comuni of the Ambito. They appear in every page's footer, so they are cached
 * like the rest of the catalogue; they change as rarely as the region does and are
 * refreshed with the "regions" tag.
 */
export const listComuni = cache(async (): Promise<Comune[]> => {
  const { comuni } = await storeFetch<{ comuni: Comune[] }>("/store/comuni", {
    cache: "force-cache",
    next: { tags: ["regions"] },
  })
  return [...comuni].sort((a, b) => a.name.localeCompare(b.name, "it"))
})
