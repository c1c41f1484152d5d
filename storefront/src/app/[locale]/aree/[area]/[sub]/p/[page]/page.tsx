import { AreaListingPage, areaListingMetadata, type AreaListingParams } from "@/modules/catalogue/AreaListingPage"

type Props = { params: Promise<AreaListingParams> }

// Rendered on first visit, then served from the full-route cache until revalidated.
export function generateStaticParams() {
  return []
}

export function generateMetadata(props: Props) {
  return areaListingMetadata(props)
}

export default function Page(props: Props) {
  return <AreaListingPage {...props} />
}
