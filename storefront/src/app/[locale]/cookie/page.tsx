import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { CookieTemplate } from "@/modules/info/CookieTemplate"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "info.cookie" }))("title") }
}

export default async function Page({ params }: Props) {
  setRequestLocale((await params).locale)
  return <CookieTemplate />
}
