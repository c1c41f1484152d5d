import type { EmailLocale } from "./locale"

const TAGS: Record<EmailLocale, string> = { it: "it-IT", en: "en-GB" }

/**
 * "€ 1.234,50" in Italian (the symbol first, as public administrations and the storefront
 * write it), "€1,234.50" in English. Medusa amounts are in major units.
 */
export function formatMoney(amount: number, currencyCode: string, locale: EmailLocale): string {
  const formatter = new Intl.NumberFormat(TAGS[locale], { style: "currency", currency: currencyCode.toUpperCase() })
  if (locale !== "it") {
    return formatter.format(amount)
  }
  const parts = formatter.formatToParts(amount)
  const symbol = parts.find((p) => p.type === "currency")?.value ?? ""
  const number = parts
    .filter((p) => p.type !== "currency" && p.type !== "literal")
    .map((p) => p.value)
    .join("")
  return `${symbol}\u00a0${number}`
}

/** "31 dicembre 2026" / "31 December 2026", as the day is in Italy. */
export function formatDate(value: string | Date, locale: EmailLocale): string {
  return new Intl.DateTimeFormat(TAGS[locale], { dateStyle: "long", timeZone: "Europe/Rome" }).format(new Date(value))
}
