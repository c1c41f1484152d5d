import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { REGION_COUNTRY, sdk } from "../config"
import { ApiError, rethrow } from "../errors"
import type { Region } from "../types"

/** The Italian region (EUR, tax-inclusive prices): the only one the Ambito sells in. */
export const getRegion = cache(async (): Promise<Region> => {
  const { regions } = await sdk()
    .client.fetch<HttpTypes.StoreRegionListResponse>("/store/regions", {
      query: { fields: "id,name,currency_code,*countries", limit: 100 },
      cache: "force-cache",
      next: { tags: ["regions"] },
    })
    .catch(rethrow)
  const region = regions.find((r) => r.countries?.some((c) => c.iso_2 === REGION_COUNTRY))
  if (!region) throw new ApiError(`No region includes the country "${REGION_COUNTRY}"`, 404)
  return region
})
