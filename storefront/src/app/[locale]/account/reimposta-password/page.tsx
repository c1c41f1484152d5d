import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { ResetPasswordForm } from "@/modules/account/ResetPasswordForm"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string; email?: string }> }

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "account.reset" }))("title") }
}

/** The page the reset e-mail links to, with Medusa's token and the account's e-mail in the query. */
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations("account.reset")
  const { token, email } = await searchParams
  return (
    <div className="container py-4" style={{ maxWidth: "36rem" }}>
      <h1>{t("title")}</h1>
      <ResetPasswordForm token={String(token ?? "")} email={String(email ?? "")} />
    </div>
  )
}
