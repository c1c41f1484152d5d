import { formatDate, formatMoney } from "../format"
import type { EmailLocale } from "../locale"
import { EmailModel, greeting } from "./layout"

export type VoucherExpiringData = {
  first_name?: string | null
  scheme: string
  balance: number
  currency_code: string
  valid_until: string | Date
  days_left: number
  wallet_url: string
}

const TEXT = {
  it: {
    subject: (d: number) => (d === 1 ? "Il tuo voucher scade domani" : `Il tuo voucher scade tra ${d} giorni`),
    intro: (scheme: string) => `il voucher della misura "${scheme}" ha ancora un credito da usare.`,
    balance: "Credito residuo",
    until: "Scade il",
    after: "Dopo la scadenza il credito non usato torna al comune.",
    action: "Scegli un servizio",
  },
  en: {
    subject: (d: number) => (d === 1 ? "Your voucher expires tomorrow" : `Your voucher expires in ${d} days`),
    intro: (scheme: string) => `your voucher under the scheme "${scheme}" still has value to use.`,
    balance: "Remaining value",
    until: "Expires on",
    after: "After it expires, unused value goes back to the municipality.",
    action: "Choose a service",
  },
}

/** The 30- and 7-day reminder before a voucher with value left expires. */
export function voucherExpiringEmail(data: VoucherExpiringData, locale: EmailLocale): EmailModel {
  const t = TEXT[locale]
  return {
    subject: t.subject(data.days_left),
    greeting: greeting(locale, data.first_name),
    paragraphs: [t.intro(data.scheme)],
    rows: [
      [t.balance, formatMoney(data.balance, data.currency_code, locale)],
      [t.until, formatDate(data.valid_until, locale)],
    ],
    action: { label: t.action, url: data.wallet_url },
    after: [t.after],
  }
}
