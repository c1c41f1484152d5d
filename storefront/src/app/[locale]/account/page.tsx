import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { listComuni } from "@/lib/data/comuni"
import { listChangeRequests, retrieveCitizenProfile } from "@/lib/data/customer"
import { requireCustomer } from "@/lib/data/session"
import { ProfileTemplate } from "@/modules/account/ProfileTemplate"

type Props = { params: Promise<{ locale: string }> }

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "account.profile" }))("title"), robots: { index: false } }
}

export default async function AccountPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const customer = await requireCustomer("/account")
  const [profile, comuni, requests] = await Promise.all([retrieveCitizenProfile(), listComuni(), listChangeRequests()])
  return <ProfileTemplate customer={customer} profile={profile} comuni={comuni} requests={requests} />
}
