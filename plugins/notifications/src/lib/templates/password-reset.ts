import type { EmailLocale } from "../locale"
import { EmailModel, greeting } from "./layout"

export type PasswordResetData = { reset_url: string; valid_minutes: number }

const TEXT = {
  it: {
    subject: "Reimposta la password di TradateWelfare",
    intro: "abbiamo ricevuto una richiesta di reimpostare la password del tuo account.",
    action: "Scegli una nuova password",
    valid: (m: number) => `Il collegamento vale ${m} minuti e una sola volta.`,
    ignore: "Se non l'hai chiesto tu, ignora questo messaggio: la password resta quella di prima.",
  },
  en: {
    subject: "Reset your TradateWelfare password",
    intro: "we received a request to reset the password of your account.",
    action: "Choose a new password",
    valid: (m: number) => `The link is valid for ${m} minutes and can be used once.`,
    ignore: "If you did not ask for this, ignore this message: your password stays as it was.",
  },
}

/** The reset link (Medusa's token, to the storefront's reset page). */
export function passwordResetEmail(data: PasswordResetData, locale: EmailLocale): EmailModel {
  const t = TEXT[locale]
  return {
    subject: t.subject,
    greeting: greeting(locale),
    paragraphs: [t.intro],
    action: { label: t.action, url: data.reset_url },
    after: [t.valid(data.valid_minutes), t.ignore],
  }
}
