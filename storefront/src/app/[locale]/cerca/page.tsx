import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { parsePage } from "@/lib/data/listing"
import { searchServices } from "@/lib/data/products"
import { SearchTemplate } from "@/modules/catalogue/SearchTemplate"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ q?: string | string[]; pagina?: string | string[] }>
}

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "search" }))("title"), robots: { index: false } }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const { q: rawQ, pagina } = await searchParams
  const q = (Array.isArray(rawQ) ? rawQ[0] : rawQ ?? "").trim().slice(0, 100)
  const page = parsePage(Array.isArray(pagina) ? pagina[0] : pagina) ?? 1
  const results = q ? await searchServices(q, page) : undefined
  return <SearchTemplate q={q} results={results} />
}
