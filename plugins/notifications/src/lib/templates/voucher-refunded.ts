import { formatMoney } from "../format"
import type { EmailLocale } from "../locale"
import { EmailModel, greeting } from "./layout"

export type VoucherRefundedData = {
  first_name?: string | null
  display_id: number | string
  currency_code: string
  /** why: one line refunded by an operator, or the whole order canceled */
  cause: "line_refund" | "order_canceled"
  vouchers: { scheme: string; amount: number }[]
  card_amount: number
  order_url: string
}

const TEXT = {
  it: {
    subject: (n: string) => `Rimborso dell'ordine n. ${n}`,
    line_refund: (n: string) => `abbiamo effettuato un rimborso per l'ordine n. ${n}.`,
    order_canceled: (n: string) => `l'ordine n. ${n} è stato annullato e ti abbiamo rimborsato quanto pagato.`,
    voucher: (scheme: string) => `Restituito al voucher "${scheme}"`,
    card: "Rimborsato sulla carta",
    cardNote: "Il rimborso sulla carta può richiedere alcuni giorni lavorativi, secondo la tua banca.",
    action: "Vedi l'ordine",
  },
  en: {
    subject: (n: string) => `Refund for order no. ${n}`,
    line_refund: (n: string) => `we have made a refund for order no. ${n}.`,
    order_canceled: (n: string) => `order no. ${n} was canceled and what you paid has been refunded.`,
    voucher: (scheme: string) => `Returned to the voucher "${scheme}"`,
    card: "Refunded to the card",
    cardNote: "A card refund can take a few working days, depending on your bank.",
    action: "View the order",
  },
}

/** A refund: what went back to each voucher and what to the card. */
export function voucherRefundedEmail(data: VoucherRefundedData, locale: EmailLocale): EmailModel {
  const t = TEXT[locale]
  const number = String(data.display_id)
  const money = (amount: number) => formatMoney(amount, data.currency_code, locale)
  const rows: [string, string][] = data.vouchers.map((v) => [t.voucher(v.scheme), money(v.amount)])
  if (data.card_amount > 0) {
    rows.push([t.card, money(data.card_amount)])
  }
  return {
    subject: t.subject(number),
    greeting: greeting(locale, data.first_name),
    paragraphs: [t[data.cause](number)],
    rows,
    action: { label: t.action, url: data.order_url },
    after: data.card_amount > 0 ? [t.cardNote] : [],
  }
}
