import { useLocale, useTranslations } from "next-intl"
import type { ReactNode } from "react"
import { getPathname, Link } from "@/i18n/navigation"
import { Icon } from "../common/Icon"
import { LanguageSwitcher } from "./LanguageSwitcher"
import { MainNav, type NavArea } from "./MainNav"
import { AccountLink, CartLink } from "./SessionLinks"

/** One band of Bootstrap Italia's header, with the container, row and column it sits in. */
function HeaderRow({ className, children }: { className: string; children: ReactNode }) {
  return (
    <div className={className}>
      <div className="container-xxl">
        <div className="row">
          <div className="col">{children}</div>
        </div>
      </div>
    </div>
  )
}

/**
 * Slim header (the Ambito), center header (the platform, search, cart) and the care areas.
 * Bootstrap Italia's header markup written out as design-react-kit's Header components render
 * it: a server component, so none of it is JavaScript a phone downloads and runs.
 */
export function SiteHeader({ areas }: { areas: NavArea[] }) {
  const t = useTranslations("layout")
  const locale = useLocale()
  return (
    <header>
      <div className="it-header-wrapper">
        <HeaderRow className="it-header-slim-wrapper">
          <div className="it-header-slim-wrapper-content">
            <span className="navbar-brand">{t("slimBrand")}</span>
            <div className="it-header-slim-right-zone header-slim-right-zone">
              <LanguageSwitcher />
              <AccountLink />
            </div>
          </div>
        </HeaderRow>
        <div className="it-nav-wrapper">
          <HeaderRow className="it-header-center-wrapper">
            <div className="it-header-center-content-wrapper">
              <div className="it-brand-wrapper">
                <Link href="/">
                  <Icon name="it-pa" />
                  <div className="it-brand-text">
                    <div className="it-brand-title">{t("brandTitle")}</div>
                    <div className="it-brand-tagline d-none d-md-block">{t("brandTagline")}</div>
                  </div>
                </Link>
              </div>
              <div className="it-right-zone">
                <form role="search" action={getPathname({ href: "/cerca", locale })} method="get" className="d-none d-md-flex align-items-center">
                  <label htmlFor="header-search" className="visually-hidden">{t("searchLabel")}</label>
                  <input id="header-search" name="q" type="search" className="form-control form-control-sm me-2" placeholder={t("searchPlaceholder")} />
                  <button type="submit" className="btn btn-icon btn-sm btn-outline-light">
                    <Icon name="it-search" className="icon-white" />
                    <span className="visually-hidden">{t("searchButton")}</span>
                  </button>
                </form>
                <Link href="/cerca" className="btn btn-icon btn-outline-light d-md-none">
                  <Icon name="it-search" className="icon-white" />
                  <span className="visually-hidden">{t("searchLabel")}</span>
                </Link>
                <CartLink />
              </div>
            </div>
          </HeaderRow>
          <HeaderRow className="it-header-navbar-wrapper">
            <nav className="navbar has-megamenu navbar-expand-lg" aria-label={t("mainNavLabel")}>
              <div>
                <MainNav areas={areas} />
              </div>
            </nav>
          </HeaderRow>
        </div>
      </div>
    </header>
  )
}
