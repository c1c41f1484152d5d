import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

const nextConfig: NextConfig = {
  // A second build beside the usual one (e.g. a parallel test stack) sets NEXT_DIST_DIR.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // Metadata in the <head> of the first response for every browser, not streamed in later:
  // screen readers announce the page title on load (WCAG 2.4.2), and axe checks it then.
  htmlLimitedBots: /.*/,
  // Only the components actually imported end up in the client bundles.
  experimental: { optimizePackageImports: ["design-react-kit"] },
  // The storefront is one app of the workspace: trace files from the repo root.
  outputFileTracingRoot: new URL("..", import.meta.url).pathname,
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

export default withNextIntl(nextConfig)
