import { useLocale, useTranslations } from "next-intl"
import { getPathname, Link } from "@/i18n/navigation"
import { Header, HeaderContent, HeaderRightZone, Headers } from "../common/kit"
import { Icon } from "../common/Icon"
import { LanguageSwitcher } from "./LanguageSwitcher"
import { MainNav, type NavArea } from "./MainNav"
import { AccountLink, CartLink } from "./SessionLinks"

/** Slim header (the Ambito), center header (the platform, search, cart) and the care areas. */
export function SiteHeader({ areas }: { areas: NavArea[] }) {
  const t = useTranslations("layout")
  const locale = useLocale()
  return (
    <header>
      <Headers>
        <Header type="slim">
          <HeaderContent>
            <span className="navbar-brand">{t("slimBrand")}</span>
            <HeaderRightZone>
              <LanguageSwitcher />
              <AccountLink />
            </HeaderRightZone>
          </HeaderContent>
        </Header>
        <div className="it-nav-wrapper">
          <Header type="center">
            <HeaderContent>
              <div className="it-brand-wrapper">
                <Link href="/">
                  <Icon name="it-pa" />
                  <div className="it-brand-text">
                    <div className="it-brand-title">{t("brandTitle")}</div>
                    <div className="it-brand-tagline d-none d-md-block">{t("brandTagline")}</div>
                  </div>
                </Link>
              </div>
              <HeaderRightZone>
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
              </HeaderRightZone>
            </HeaderContent>
          </Header>
          <Header type="navbar">
            <HeaderContent expand="lg" megamenu aria-label={t("mainNavLabel")}>
              <MainNav areas={areas} />
            </HeaderContent>
          </Header>
        </div>
      </Headers>
    </header>
  )
}
