import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { listComuni } from "@/lib/data/comuni"
import { safeNextPath } from "@/lib/forms"
import { RegisterForm } from "@/modules/account/RegisterForm"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string }> }

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "account.register" }))("title") }
}

export default async function RegisterPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, comuni] = await Promise.all([getTranslations("account.register"), listComuni()])
  const next = safeNextPath(String((await searchParams).next ?? ""))
  return (
    <div className="container py-4" style={{ maxWidth: "48rem" }}>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p className="small">{t("requiredNote")}</p>
      <RegisterForm comuni={comuni} next={next} />
    </div>
  )
}
