import { formatMoney } from "../format"
import type { EmailLocale } from "../locale"
import { EmailModel, greeting } from "./layout"

export type OrderPlacedData = {
  display_id: number | string
  first_name?: string | null
  currency_code: string
  items: { title: string; quantity: number; total: number; cooperative: string | null }[]
  total: number
  /** what municipal vouchers paid */
  voucher_amount: number
  /** what the card paid (or will pay once captured) */
  card_amount: number
  order_url: string
}

const TEXT = {
  it: {
    subject: (n: string) => `Conferma dell'ordine n. ${n}`,
    intro: (n: string) => `abbiamo ricevuto il tuo ordine n. ${n}. Ecco cosa hai prenotato e come l'hai pagato.`,
    line: (title: string, qty: number, coop: string | null) => `${title}${qty > 1 ? ` × ${qty}` : ""}${coop ? ` — ${coop}` : ""}`,
    total: "Totale",
    voucher: "Pagato con voucher comunale",
    card: "Pagato con carta",
    next: "La cooperativa che eroga il servizio ti contatterà per concordare i dettagli.",
    action: "Vedi l'ordine",
  },
  en: {
    subject: (n: string) => `Order confirmation no. ${n}`,
    intro: (n: string) => `we have received your order no. ${n}. Here is what you booked and how you paid.`,
    line: (title: string, qty: number, coop: string | null) => `${title}${qty > 1 ? ` × ${qty}` : ""}${coop ? ` — ${coop}` : ""}`,
    total: "Total",
    voucher: "Paid with municipal voucher",
    card: "Paid by card",
    next: "The cooperative providing the service will contact you to arrange the details.",
    action: "View the order",
  },
}

/** The order confirmation: each service with its cooperative, the total, the voucher's and the card's parts. */
export function orderPlacedEmail(data: OrderPlacedData, locale: EmailLocale): EmailModel {
  const t = TEXT[locale]
  const money = (amount: number) => formatMoney(amount, data.currency_code, locale)
  const number = String(data.display_id)
  const rows: [string, string][] = data.items.map((item) => [t.line(item.title, item.quantity, item.cooperative), money(item.total)])
  rows.push([t.total, money(data.total)])
  if (data.voucher_amount > 0) {
    rows.push([t.voucher, money(data.voucher_amount)])
  }
  if (data.card_amount > 0) {
    rows.push([t.card, money(data.card_amount)])
  }
  return {
    subject: t.subject(number),
    greeting: greeting(locale, data.first_name),
    paragraphs: [t.intro(number)],
    rows,
    action: { label: t.action, url: data.order_url },
    after: [t.next],
  }
}
