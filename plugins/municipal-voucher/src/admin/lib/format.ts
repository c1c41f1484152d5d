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

/** A day typed in a form (YYYY-MM-DD) sent as is: the server reads it as that whole day in Italy. */
export const dayInput = (value: string | null | undefined) => (value ? String(value).slice(0, 10) : "")
