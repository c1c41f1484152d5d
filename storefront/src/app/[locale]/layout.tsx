import "bootstrap-italia/dist/css/bootstrap-italia.min.css"
import "@/styles/fonts.css"
import "@/styles/globals.css"
import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import type { ReactNode } from "react"
import { routing } from "@/i18n/routing"
import { listCareAreas } from "@/lib/data/categories"
import { listComuni } from "@/lib/data/comuni"
import { preloadTitillium } from "@/lib/fonts"
import { ClientMessages } from "@/modules/common/ClientMessages"
import { SessionProvider } from "@/modules/layout/SessionProvider"
import { SiteFooter } from "@/modules/layout/SiteFooter"
import { SiteHeader } from "@/modules/layout/SiteHeader"
import { SkipLinks } from "@/modules/layout/SkipLinks"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "meta" })
  return { title: { default: t("title"), template: `%s — ${t("title")}` }, description: t("description") }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  // Body text, headings and the header's brand.
  preloadTitillium(400, 600, 700)
  const [areas, comuni] = await Promise.all([listCareAreas(), listComuni()])
  const nav = areas.map(({ handle, name }) => ({ handle, name }))

  return (
    <html lang={locale}>
      <body>
        <ClientMessages namespaces={["layout", "service", "errors"]}>
          <SessionProvider>
            <SkipLinks />
            <SiteHeader areas={nav} />
            <main id="main-content" tabIndex={-1}>
              {children}
            </main>
            <SiteFooter comuni={comuni} areas={nav} />
          </SessionProvider>
        </ClientMessages>
      </body>
    </html>
  )
}
