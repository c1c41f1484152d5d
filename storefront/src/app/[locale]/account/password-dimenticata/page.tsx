import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { ForgotPasswordForm } from "@/modules/account/ForgotPasswordForm"

type Props = { params: Promise<{ locale: string }> }

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "account.forgot" }))("title") }
}

export default async function ForgotPasswordPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations("account.forgot")
  return (
    <div className="container py-4" style={{ maxWidth: "36rem" }}>
      <h1>{t("title")}</h1>
      <ForgotPasswordForm />
    </div>
  )
}
