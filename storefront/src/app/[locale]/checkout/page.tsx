import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { loadCheckout } from "@/lib/data/checkout"
import { CheckoutTemplate } from "@/modules/checkout/CheckoutTemplate"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ step?: string | string[] }>
}

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "checkout" }))("title"), robots: { index: false } }
}

export default async function CheckoutPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const { step } = await searchParams
  return <CheckoutTemplate state={await loadCheckout(Array.isArray(step) ? step[0] : step)} />
}
