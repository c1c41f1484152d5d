import type { EmailLocale } from "../locale"
import { EmailModel, greeting } from "./layout"

export type CustomerWelcomeData = { first_name?: string | null; account_url: string }

const TEXT = {
  it: {
    subject: "Benvenuto su TradateWelfare",
    intro: "la registrazione è completata. Puoi scegliere i servizi delle cooperative accreditate e pagarli con i voucher comunali o con la carta.",
    vouchers: "I voucher assegnati dal tuo comune compariranno in \"Il mio portafoglio\".",
    action: "Vai alla tua area personale",
    after: "Se non hai chiesto tu la registrazione, scrivi all'Ufficio di Piano.",
  },
  en: {
    subject: "Welcome to TradateWelfare",
    intro: "your registration is complete. You can choose the services of the accredited cooperatives and pay with municipal vouchers or by card.",
    vouchers: "Vouchers assigned by your municipality will appear in \"My wallet\".",
    action: "Go to your account",
    after: "If you did not register, please write to the Ufficio di Piano.",
  },
}

/** The welcome after a citizen registers. */
export function customerWelcomeEmail(data: CustomerWelcomeData, locale: EmailLocale): EmailModel {
  const t = TEXT[locale]
  return {
    subject: t.subject,
    greeting: greeting(locale, data.first_name),
    paragraphs: [t.intro, t.vouchers],
    action: { label: t.action, url: data.account_url },
    after: [t.after],
  }
}
