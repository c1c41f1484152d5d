import { NextResponse, type NextRequest } from "next/server"
import { routing } from "./i18n/routing"

// next-intl reads the request's locale from this header where no page has set it
// (server actions, route handlers).
const LOCALE_HEADER = "X-NEXT-INTL-LOCALE"

/**
 * Italian pages live at "/", English ones at "/en". The unprefixed paths are mapped
 * to the [locale] routes by a rewrite in next.config.ts, not here: a middleware
 * rewrite makes Next.js 15.5 skip the full-route cache for dynamic routes
 * (vercel/next.js#83354), and catalogue pages must come from that cache.
 * This middleware only tells next-intl the locale and keeps URLs canonical.
 */
export function middleware(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const [, first] = pathname.split("/")

  if (first === routing.defaultLocale) {
    const url = request.nextUrl.clone()
    url.pathname = pathname.slice(routing.defaultLocale.length + 1) || "/"
    url.search = search
    return NextResponse.redirect(url, 308)
  }

  const locale = routing.locales.find((l) => l !== routing.defaultLocale && l === first) ?? routing.defaultLocale
  const headers = new Headers(request.headers)
  headers.set(LOCALE_HEADER, locale)
  return NextResponse.next({ request: { headers } })
}

export const config = {
  // Not for API routes, Next internals and static files, and not for the catalogue
  // (home, /aree, /servizi, in both languages): its static pages set their locale
  // themselves and are served about twice as fast without a middleware pass.
  // Server actions that call getLocale() must therefore live on the other pages.
  matcher: "/((?!$|en$|(?:en/)?(?:aree|servizi)(?:/|$)|api|_next|_vercel|.*\\..*).*)",
}
