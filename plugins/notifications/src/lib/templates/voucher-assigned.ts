import { formatDate, formatMoney } from "../format"
import type { EmailLocale } from "../locale"
import { EmailModel, greeting } from "./layout"

export type VoucherAssignedData = {
  first_name?: string | null
  scheme: string
  amount: number
  currency_code: string
  valid_until: string | Date
  wallet_url: string
}

const TEXT = {
  it: {
    subject: "Ti è stato assegnato un voucher comunale",
    intro: (scheme: string) => `il tuo comune ti ha assegnato un voucher della misura "${scheme}".`,
    amount: "Importo",
    until: "Valido fino al",
    use: "Puoi usarlo per pagare i servizi ammessi dalla misura: al pagamento viene proposto da solo.",
    action: "Apri il mio portafoglio",
  },
  en: {
    subject: "You have been assigned a municipal voucher",
    intro: (scheme: string) => `your municipality has assigned you a voucher under the scheme "${scheme}".`,
    amount: "Amount",
    until: "Valid until",
    use: "You can use it to pay for the services the scheme covers: checkout offers it by itself.",
    action: "Open my wallet",
  },
}

/** A voucher granted to the citizen (one assignment or a CSV import). */
export function voucherAssignedEmail(data: VoucherAssignedData, locale: EmailLocale): EmailModel {
  const t = TEXT[locale]
  return {
    subject: t.subject,
    greeting: greeting(locale, data.first_name),
    paragraphs: [t.intro(data.scheme)],
    rows: [
      [t.amount, formatMoney(data.amount, data.currency_code, locale)],
      [t.until, formatDate(data.valid_until, locale)],
    ],
    action: { label: t.action, url: data.wallet_url },
    after: [t.use],
  }
}
