import type { Metadata } from "next"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { findPlacement } from "@/lib/data/categories"
import { getService } from "@/lib/data/products"
import { ServiceTemplate } from "@/modules/service/ServiceTemplate"

type Props = { params: Promise<{ locale: string; handle: string }> }

// Rendered on first visit, then served from the full-route cache until revalidated.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await getService((await params).handle)
  return product ? { title: product.title, description: product.description ?? undefined } : {}
}

export default async function ServicePage({ params }: Props) {
  const { locale, handle } = await params
  setRequestLocale(locale)
  const product = await getService(handle)
  if (!product) notFound()
  const { area, sub } = await findPlacement((product.categories ?? []).map((c) => c.id))
  return <ServiceTemplate product={product} area={area} sub={sub} />
}
