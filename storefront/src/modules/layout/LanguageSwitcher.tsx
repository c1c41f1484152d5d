"use client"

import { useLocale, useTranslations } from "next-intl"
import { usePathname } from "@/i18n/navigation"
import { routing } from "@/i18n/routing"

const hrefIn = (locale: string, pathname: string) =>
  locale === routing.defaultLocale ? pathname : `/${locale}${pathname === "/" ? "" : pathname}`

/**
 * IT / EN links to the same page in the other language. Plain links: switching
 * language reloads the page, so <html lang> and every string change together.
 */
export function LanguageSwitcher() {
  const t = useTranslations("layout")
  const current = useLocale()
  const pathname = usePathname()
  return (
    <nav aria-label={t("language")} className="me-3">
      <ul className="list-inline mb-0 d-flex">
        {routing.locales.map((locale) => (
          <li key={locale} className="list-inline-item">
            <a
              href={hrefIn(locale, pathname)}
              lang={locale}
              hrefLang={locale}
              className="text-white fw-semibold text-decoration-none px-1"
              aria-current={locale === current ? "true" : undefined}
              aria-label={t(`languageNames.${locale}`)}
            >
              {locale.toUpperCase()}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
