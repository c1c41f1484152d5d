import { html } from "../html"
import type { EmailLocale } from "../locale"

/**
 * What every e-mail says, in order. One renderer turns it into both the HTML part and the
 * plain-text part, so the two never tell different things.
 */
export type EmailModel = {
  subject: string
  greeting: string
  paragraphs: string[]
  /** label → value rows (an order's lines, a voucher's amount and date) */
  rows?: [string, string][]
  action?: { label: string; url: string }
  /** after the action: what to do if something is wrong, how long a link lasts */
  after?: string[]
}

export type RenderedEmail = { subject: string; html: string; text: string }

const FOOTER: Record<EmailLocale, string> = {
  it: "TradateWelfare — servizi di welfare dei comuni dell'Ambito di Tradate. Messaggio inviato automaticamente: non rispondere a questo indirizzo.",
  en: "TradateWelfare — welfare services of the municipalities of the Ambito di Tradate. This message was sent automatically: please do not reply to this address.",
}

function renderHtml(model: EmailModel, locale: EmailLocale): string {
  const rows = model.rows?.length
    ? html`<table role="presentation" style="border-collapse:collapse;width:100%;margin:16px 0">${model.rows.map(
        ([label, value]) =>
          html`<tr><td style="padding:6px 8px;border-bottom:1px solid #d9dadb">${label}</td><td style="padding:6px 8px;border-bottom:1px solid #d9dadb;text-align:right;white-space:nowrap">${value}</td></tr>`
      )}</table>`
    : ""
  const action = model.action
    ? html`<p style="margin:24px 0"><a href="${model.action.url}" style="background:#0066cc;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;display:inline-block">${model.action.label}</a></p><p style="font-size:14px;color:#5d7083;word-break:break-all;overflow-wrap:anywhere">${model.action.url}</p>`
    : ""
  const paragraphs = (list: string[] = []) => list.map((p) => html`<p>${p}</p>`)
  const body = html`<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${model.subject}</title></head>
<body style="margin:0;padding:0;background:#f5f5f0;font-family:'Titillium Web',Geneva,Tahoma,sans-serif;color:#1a1a1a;font-size:16px;line-height:1.5">
<div style="max-width:600px;margin:0 auto;background:#ffffff">
<div style="background:#0066cc;color:#ffffff;padding:16px 24px;font-size:20px;font-weight:bold">TradateWelfare</div>
<div style="padding:24px">
<p>${model.greeting}</p>
${paragraphs(model.paragraphs)}
${rows}
${action}
${paragraphs(model.after)}
</div>
<div style="padding:16px 24px;font-size:13px;color:#5d7083;border-top:1px solid #d9dadb">${FOOTER[locale]}</div>
</div>
</body></html>`
  return body.value
}

function renderText(model: EmailModel, locale: EmailLocale): string {
  const width = Math.max(0, ...(model.rows ?? []).map(([label]) => label.length))
  const blocks = [
    model.greeting,
    ...model.paragraphs,
    model.rows?.length ? model.rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join("\n") : "",
    model.action ? `${model.action.label}:\n${model.action.url}` : "",
    ...(model.after ?? []),
    `--\n${FOOTER[locale]}`,
  ]
  return `${blocks.filter(Boolean).join("\n\n")}\n`
}

export function renderEmail(model: EmailModel, locale: EmailLocale): RenderedEmail {
  return { subject: model.subject, html: renderHtml(model, locale), text: renderText(model, locale) }
}

/** "Gentile Maria," / "Dear Maria," — or a greeting without a name. */
export function greeting(locale: EmailLocale, firstName?: string | null): string {
  const name = firstName?.trim()
  if (locale === "en") {
    return name ? `Dear ${name},` : "Hello,"
  }
  return name ? `Gentile ${name},` : "Buongiorno,"
}
