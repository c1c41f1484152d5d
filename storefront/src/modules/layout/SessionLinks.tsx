"use client"

import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { Icon } from "../common/Icon"
import { useSession } from "./SessionProvider"

/** "Accedi", or the citizen's name once logged in. */
export function AccountLink() {
  const t = useTranslations("layout")
  const { session } = useSession()
  const name = session?.customerName
  return (
    <Link className="btn btn-primary btn-icon btn-full" href={name ? "/account" : "/account/accedi"}>
      <span className="rounded-icon" aria-hidden="true">
        <Icon name="it-user" className="icon-primary" />
      </span>
      <span className="d-none d-lg-block">{name ? t("accountNamed", { name }) : t("login")}</span>
      <span className="visually-hidden d-lg-none">{name ? t("accountNamed", { name }) : t("login")}</span>
    </Link>
  )
}

/** The cart link with the number of services in it. */
export function CartLink() {
  const t = useTranslations("layout")
  const { session } = useSession()
  const count = session?.cartCount ?? 0
  return (
    <Link className="btn btn-icon btn-outline-light ms-2 position-relative" href="/carrello">
      <Icon name="it-cart" className="icon-white" />
      <span className="ms-1 d-none d-md-inline">{t("cartWithCount", { count })}</span>
      <span className="visually-hidden d-md-none">{t("cartWithCount", { count })}</span>
    </Link>
  )
}
