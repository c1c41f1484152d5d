import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { safeNextPath } from "@/lib/forms"
import { LoginForm } from "@/modules/account/LoginForm"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string; reimpostata?: string }> }

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "account.login" }))("title") }
}

export default async function LoginPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations("account.login")
  const query = await searchParams
  const next = safeNextPath(String(query.next ?? ""))
  return (
    <div className="container py-4" style={{ maxWidth: "36rem" }}>
      <h1>{t("title")}</h1>
      <p>{next === "/checkout" ? t("introCheckout") : t("intro")}</p>
      <LoginForm next={next} passwordReset={query.reimpostata === "1"} />
    </div>
  )
}
