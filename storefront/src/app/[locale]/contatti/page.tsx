import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { ContactsTemplate } from "@/modules/info/ContactsTemplate"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "info.contacts" }))("title") }
}

export default async function Page({ params }: Props) {
  setRequestLocale((await params).locale)
  return <ContactsTemplate />
}
