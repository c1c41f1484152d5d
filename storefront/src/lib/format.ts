import type { Product, ServiceMetadata } from "./types"

const LOCALE_TAGS: Record<string, string> = { it: "it-IT", en: "en-GB" }

/**
 * "€ 12,00" in Italian (the symbol first, as public administrations write it),
 * "€12.00" in English. Medusa v2 amounts are in major units.
 */
export function formatPrice(amount: number, currencyCode: string, locale: string): string {
  const formatter = new Intl.NumberFormat(LOCALE_TAGS[locale] ?? "it-IT", {
    style: "currency",
    currency: currencyCode.toUpperCase(),
  })
  if (locale !== "it") return formatter.format(amount)
  const parts = formatter.formatToParts(amount)
  const symbol = parts.find((p) => p.type === "currency")?.value ?? ""
  const number = parts.filter((p) => p.type !== "currency" && p.type !== "literal").map((p) => p.value).join("")
  return `${symbol}\u00a0${number}`
}

export function formatDate(iso: string | Date, locale: string): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale] ?? "it-IT", { dateStyle: "long", timeZone: "Europe/Rome" }).format(
    new Date(iso)
  )
}

/** The service's metadata as the seed writes it (every field optional). */
export function serviceMetadata(product: Product): ServiceMetadata {
  const m = product.metadata ?? {}
  const pick = (key: string) => (typeof m[key] === "string" && m[key] ? (m[key] as string) : undefined)
  return { unit: pick("unit"), duration: pick("duration"), cooperative: pick("cooperative") }
}

/** The lowest calculated price among the service's variants, if it has one in the region. */
export function servicePrice(product: Product): { amount: number; currency: string } | undefined {
  const prices = (product.variants ?? []).flatMap((v) => {
    const p = v.calculated_price
    return p && typeof p.calculated_amount === "number" && p.currency_code
      ? [{ amount: p.calculated_amount, currency: p.currency_code }]
      : []
  })
  return prices.sort((a, b) => a.amount - b.amount)[0]
}
