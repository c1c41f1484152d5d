import { setRequestLocale } from "next-intl/server"
import { listCareAreas } from "@/lib/data/categories"
import { HomeTemplate } from "@/modules/home/HomeTemplate"

type Props = { params: Promise<{ locale: string }> }

// Nothing is rendered at build time (the backend may be down): rendered on the
// first visit, then served from the full-route cache until revalidated.
export function generateStaticParams() {
  return []
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  return <HomeTemplate areas={await listCareAreas()} />
}
