import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { logoutAction } from "@/lib/actions/auth"

/** The personal area's sections and the logout button. */
export function AccountNav({ current }: { current: "profile" | "orders" | "wallet" }) {
  const t = useTranslations("account.nav")
  const links = [
    { key: "profile", href: "/account", label: t("profile") },
    { key: "orders", href: "/account/ordini", label: t("orders") },
    { key: "wallet", href: "/account/portafoglio", label: t("wallet") },
  ] as const
  return (
    <nav aria-label={t("label")} className="mb-4 d-flex flex-wrap align-items-center gap-2">
      {links.map((link) => (
        <Link
          key={link.key}
          href={link.href}
          className={`btn btn-sm ${link.key === current ? "btn-primary" : "btn-outline-primary"}`}
          aria-current={link.key === current ? "page" : undefined}
        >
          {link.label}
        </Link>
      ))}
      <form action={logoutAction} className="ms-auto">
        <button type="submit" className="btn btn-sm btn-outline-danger">{t("logout")}</button>
      </form>
    </nav>
  )
}
