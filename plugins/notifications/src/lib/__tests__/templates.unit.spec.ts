import { formatMoney } from "../format"
import { emailLocale } from "../locale"
import { EMAIL_TEMPLATES, EmailData, EmailTemplate, renderTemplate } from "../templates"

const NBSP = "\u00a0"

const order: EmailData["order-placed"] = {
  display_id: 42,
  first_name: "Maria",
  currency_code: "eur",
  items: [
    { title: "Babysitting a domicilio", quantity: 2, total: 1234.5, cooperative: "Il Ramo di Tiglio" },
    { title: "Corso di nuoto <bambini>", quantity: 1, total: 40, cooperative: null },
  ],
  total: 1274.5,
  voucher_amount: 1000,
  card_amount: 274.5,
  order_url: "http://localhost:8000/account/ordini/order_1",
}

const samples: { [K in EmailTemplate]: EmailData[K] } = {
  "order-placed": order,
  "customer-welcome": { first_name: "Maria", account_url: "http://localhost:8000/account" },
  "password-reset": { reset_url: "http://localhost:8000/account/reimposta-password?token=t.o.k&email=m%40e.org", valid_minutes: 15 },
  "voucher-assigned": {
    first_name: "Maria",
    scheme: "Voucher infanzia 2026",
    amount: 300,
    currency_code: "eur",
    valid_until: "2026-12-31T22:59:59.999Z",
    wallet_url: "http://localhost:8000/account/portafoglio",
  },
  "voucher-expiring": {
    first_name: "Maria",
    scheme: "Voucher infanzia 2026",
    balance: 80.5,
    currency_code: "eur",
    valid_until: "2026-12-31T22:59:59.999Z",
    days_left: 7,
    wallet_url: "http://localhost:8000/account/portafoglio",
  },
  "voucher-refunded": {
    first_name: "Maria",
    display_id: 42,
    currency_code: "eur",
    cause: "line_refund",
    vouchers: [{ scheme: "Voucher infanzia 2026", amount: 30 }],
    card_amount: 12.5,
    order_url: "http://localhost:8000/account/ordini/order_1",
  },
}

describe("amounts", () => {
  it("are written in euro the Italian way in Italian, the English way in English", () => {
    expect(formatMoney(12345.5, "eur", "it")).toBe(`€${NBSP}12.345,50`)
    // CLDR's Italian groups from five digits, as the storefront shows the same amounts.
    expect(formatMoney(1234.5, "eur", "it")).toBe(`€${NBSP}1234,50`)
    expect(formatMoney(0.5, "EUR", "it")).toBe(`€${NBSP}0,50`)
    expect(formatMoney(12345.5, "eur", "en")).toBe("€12,345.50")
  })
})

describe("the reader's language", () => {
  it("is English only when known to be English, Italian otherwise", () => {
    expect(emailLocale("en-GB")).toBe("en")
    expect(emailLocale(undefined, "EN")).toBe("en")
    expect(emailLocale("it")).toBe("it")
    expect(emailLocale("de")).toBe("it")
    expect(emailLocale(undefined, null, "")).toBe("it")
  })
})

describe("every template", () => {
  const all = Object.values(EMAIL_TEMPLATES)

  it("is covered by these samples", () => {
    expect(Object.keys(samples).sort()).toEqual([...all].sort())
  })

  it.each(all.flatMap((template) => (["it", "en"] as const).map((locale) => [template, locale] as const)))(
    "%s in %s has a subject, an HTML part in its language and a plain-text part saying the same",
    (template, locale) => {
      const email = renderTemplate(template, samples[template] as never, locale)
      expect(email.subject.length).toBeGreaterThan(5)
      expect(email.html).toContain(`<html lang="${locale}">`)
      expect(email.text.length).toBeGreaterThan(50)
      expect(email.text).not.toMatch(/<(p|a|tr|td|table|div|html)[\s>]/)
      // Every link of the HTML is written out in the text, for readers without HTML.
      for (const [, href] of email.html.matchAll(/href="([^"]+)"/g)) {
        expect(email.text).toContain(href.replace(/&amp;/g, "&"))
      }
    }
  )

  it("is Italian in Italian and English in English", () => {
    expect(renderTemplate("order-placed", order, "it").subject).toBe("Conferma dell'ordine n. 42")
    expect(renderTemplate("order-placed", order, "en").subject).toBe("Order confirmation no. 42")
    expect(renderTemplate("password-reset", samples["password-reset"], "it").text).toContain("Scegli una nuova password")
    expect(renderTemplate("password-reset", samples["password-reset"], "en").text).toContain("Choose a new password")
  })
})

describe("the order confirmation", () => {
  it("names each service with its cooperative, the total and what voucher and card paid", () => {
    const { text, html } = renderTemplate("order-placed", order, "it")
    expect(text).toContain("Gentile Maria,")
    expect(text).toMatch(new RegExp(`Babysitting a domicilio × 2 — Il Ramo di Tiglio\\s+€${NBSP}1234,50`))
    expect(text).toMatch(new RegExp(`Totale\\s+€${NBSP}1274,50`))
    expect(text).toMatch(new RegExp(`Pagato con voucher comunale\\s+€${NBSP}1000,00`))
    expect(text).toMatch(new RegExp(`Pagato con carta\\s+€${NBSP}274,50`))
    expect(html).toContain("Il Ramo di Tiglio")
  })

  it("leaves out the card when vouchers paid everything", () => {
    const { text } = renderTemplate("order-placed", { ...order, voucher_amount: 1274.5, card_amount: 0 }, "en")
    expect(text).toContain("Paid with municipal voucher")
    expect(text).not.toContain("Paid by card")
  })

  it("escapes what customers and operators typed in the HTML part", () => {
    const { html, text } = renderTemplate("order-placed", order, "it")
    expect(html).toContain("Corso di nuoto &lt;bambini&gt;")
    expect(html).not.toContain("<bambini>")
    expect(text).toContain("Corso di nuoto <bambini>")
  })
})

describe("the refund e-mail", () => {
  it("says where the value went back", () => {
    const { text } = renderTemplate("voucher-refunded", samples["voucher-refunded"], "it")
    expect(text).toMatch(new RegExp(`Restituito al voucher "Voucher infanzia 2026"\\s+€${NBSP}30,00`))
    expect(text).toMatch(new RegExp(`Rimborsato sulla carta\\s+€${NBSP}12,50`))
    const canceled = renderTemplate("voucher-refunded", { ...samples["voucher-refunded"], cause: "order_canceled", card_amount: 0 }, "en")
    expect(canceled.text).toContain("order no. 42 was canceled")
    expect(canceled.text).not.toContain("card")
  })
})
