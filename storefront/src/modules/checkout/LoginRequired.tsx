import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

/** A citizen must be registered to pay: offers login or registration, then comes back here. */
export function LoginRequired() {
  const t = useTranslations("checkout.loginRequired")
  const back = { query: { next: "/checkout" } }
  return (
    <section className="callout" aria-labelledby="login-required">
      <h2 id="login-required" className="h4 callout-title">{t("title")}</h2>
      <p>{t("text")}</p>
      <Link href={{ pathname: "/account/accedi", ...back }} className="btn btn-primary me-2 mb-2">{t("login")}</Link>
      <Link href={{ pathname: "/account/registrati", ...back }} className="btn btn-outline-primary mb-2">{t("register")}</Link>
    </section>
  )
}
