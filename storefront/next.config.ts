import type { NextConfig } from "next"
import { PHASE_PRODUCTION_SERVER } from "next/constants"
import createNextIntlPlugin from "next-intl/plugin"
import { requireProductionSecrets } from "@tradatewelfare/secrets"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")
const isDev = process.env.NODE_ENV !== "production"

/** Where product images come from: the backend, or the origins in CSP_IMAGE_ORIGINS. */
const imageOrigins = (process.env.CSP_IMAGE_ORIGINS || new URL(process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").origin)
  .split(/[\s,]+/)
  .filter(Boolean)

/**
 * Only what the pages use: their own scripts, styles and fonts, and product images from the
 * backend (its origin read at build time from MEDUSA_BACKEND_URL). Next.js inlines its
 * bootstrap scripts and React sets style attributes, hence 'unsafe-inline' for those two;
 * nonces would make every catalogue page dynamic and uncacheable. Development adds what
 * Next's dev server needs (eval for fast refresh, its websocket).
 */
function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: ${imageOrigins.join(" ")}`,
    // Bootstrap Italia's stylesheet embeds one icon font as a data: URL.
    "font-src 'self' data:",
    `connect-src 'self'${isDev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ")
}

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy() },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Browsers honour it only over HTTPS, where production runs; harmless on a plain-http demo.
  ...(isDev ? [] : [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]),
]

const nextConfig: NextConfig = {
  // A second build beside the usual one (e.g. a parallel test stack) sets NEXT_DIST_DIR.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // Metadata in the <head> of the first response for every browser, not streamed in later:
  // screen readers announce the page title on load (WCAG 2.4.2), and axe checks it then.
  htmlLimitedBots: /.*/,
  // next/image resizes raster product images from the backend for the width a card takes;
  // SVG images (the seeded ones) are served as they are.
  images: { remotePatterns: imageOrigins.map((origin) => new URL(`${origin}/**`)) },
  // The storefront is one app of the workspace: trace files from the repo root.
  outputFileTracingRoot: new URL("..", import.meta.url).pathname,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }]
  },
  async rewrites() {
    // Italian (the default locale) has no prefix: "/aree/x" is served by "/it/aree/x".
    // afterFiles: public files win, and the rewrite runs before the dynamic routes.
    return {
      beforeFiles: [],
      afterFiles: [
        { source: "/", destination: "/it" },
        { source: "/:first((?!(?:en|it|api|_next)(?:/|$))[^/.]+)/:rest*", destination: "/it/:first/:rest*" },
      ],
      fallback: [],
    }
  },
}

export default function config(phase: string): NextConfig {
  // `next start` of a production build refuses a missing or weak revalidation secret.
  if (phase === PHASE_PRODUCTION_SERVER) {
    requireProductionSecrets(["REVALIDATE_SECRET"])
  }
  return withNextIntl(nextConfig)
}
