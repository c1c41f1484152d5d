import { useLanguage } from "./api"

const LOCALES = { it: "it-IT", en: "en-GB" } as const

/** Euros and days in the admin's language: € 1.234,50 in Italian, €1,234.50 in English. */
export const useFormat = () => {
  const locale = LOCALES[useLanguage()]
  return {
    euro: (amount: number | string) =>
      new Intl.NumberFormat(locale, { style: "currency", currency: "EUR" }).format(Number(amount)),
    day: (date: string | Date) => new Date(date).toLocaleDateString(locale, { timeZone: "Europe/Rome" }),
  }
}

export const STATUS_COLORS: Record<string, "green" | "orange" | "red" | "grey"> = {
  active: "green",
  suspended: "orange",
  expired: "red",
  exhausted: "grey",
  closed: "grey",
}

const ROME_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome", year: "numeric", month: "2-digit", day: "2-digit" })

/**
 * A stored instant as the day a form field shows (YYYY-MM-DD), in Italy: the server reads a day
 * as that whole day in Europe/Rome, so a start stored as 23:00 UTC is the next day here, and an
 * unchanged form sends back the day it received.
 */
export const dayInput = (value: string | null | undefined) => (value ? ROME_DAY.format(new Date(value)) : "")
