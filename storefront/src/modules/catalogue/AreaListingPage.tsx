import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { loadAreaListing } from "@/lib/data/listing"
import { AreaListingTemplate } from "./AreaListingTemplate"

/** The route params shared by /aree/[area], /aree/[area]/[sub] and their /p/[page] variants. */
export type AreaListingParams = { locale: string; area: string; sub?: string; page?: string }

/** Renders any of the four care-area listing routes (static, from the data cache). */
export async function AreaListingPage({ params }: { params: Promise<AreaListingParams> }) {
  const { locale, area, sub, page } = await params
  setRequestLocale(locale)
  const listing = await loadAreaListing(area, sub, page)
  if (!listing) notFound()
  return <AreaListingTemplate listing={listing} />
}

export async function areaListingMetadata({ params }: { params: Promise<AreaListingParams> }): Promise<Metadata> {
  const { locale, area, sub, page } = await params
  const listing = await loadAreaListing(area, sub, page)
  if (!listing) return {}
  const t = await getTranslations({ locale, namespace: "catalogue" })
  const title = listing.sub ? `${listing.area.name}: ${listing.sub.name}` : listing.area.name
  const n = listing.services.page
  return { title: n > 1 ? t("titleWithPage", { title, page: n }) : title, description: listing.area.description ?? undefined }
}
