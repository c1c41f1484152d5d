import type { EmailLocale } from "./locale"

/** The storefront the e-mails link to (the backend's own STOREFRONT_URL setting). */
export function storefrontUrl(): string {
  return (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")
}

/** A storefront page in the reader's language: Italian at "/", English under "/en". */
export function storefrontLink(locale: EmailLocale, path: string, query?: Record<string, string>): string {
  const url = new URL(`${locale === "en" ? "/en" : ""}${path}`, `${storefrontUrl()}/`)
  for (const [key, value] of Object.entries(query ?? {})) {
    url.searchParams.set(key, value)
  }
  return url.toString()
}

/** The storefront's pages the e-mails point to. */
export const STOREFRONT_PATHS = {
  account: "/account",
  order: (id: string) => `/account/ordini/${id}`,
  wallet: "/account/portafoglio",
  resetPassword: "/account/reimposta-password",
} as const
