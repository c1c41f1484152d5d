import type { EmailLocale } from "../locale"
import { CustomerWelcomeData, customerWelcomeEmail } from "./customer-welcome"
import { EmailModel, renderEmail, RenderedEmail } from "./layout"
import { OrderPlacedData, orderPlacedEmail } from "./order-placed"
import { PasswordResetData, passwordResetEmail } from "./password-reset"
import { VoucherAssignedData, voucherAssignedEmail } from "./voucher-assigned"
import { VoucherExpiringData, voucherExpiringEmail } from "./voucher-expiring"
import { VoucherRefundedData, voucherRefundedEmail } from "./voucher-refunded"

/** The e-mails the platform sends, by the template name recorded on each notification. */
export const EMAIL_TEMPLATES = {
  ORDER_PLACED: "order-placed",
  CUSTOMER_WELCOME: "customer-welcome",
  PASSWORD_RESET: "password-reset",
  VOUCHER_ASSIGNED: "voucher-assigned",
  VOUCHER_EXPIRING: "voucher-expiring",
  VOUCHER_REFUNDED: "voucher-refunded",
} as const

export type EmailData = {
  "order-placed": OrderPlacedData
  "customer-welcome": CustomerWelcomeData
  "password-reset": PasswordResetData
  "voucher-assigned": VoucherAssignedData
  "voucher-expiring": VoucherExpiringData
  "voucher-refunded": VoucherRefundedData
}
export type EmailTemplate = keyof EmailData

const BUILDERS: { [K in EmailTemplate]: (data: EmailData[K], locale: EmailLocale) => EmailModel } = {
  "order-placed": orderPlacedEmail,
  "customer-welcome": customerWelcomeEmail,
  "password-reset": passwordResetEmail,
  "voucher-assigned": voucherAssignedEmail,
  "voucher-expiring": voucherExpiringEmail,
  "voucher-refunded": voucherRefundedEmail,
}

/** Subject, HTML and plain text of one e-mail in the reader's language. */
export function renderTemplate<K extends EmailTemplate>(template: K, data: EmailData[K], locale: EmailLocale): RenderedEmail {
  return renderEmail(BUILDERS[template](data, locale), locale)
}

export type { RenderedEmail }
export type { CustomerWelcomeData, OrderPlacedData, PasswordResetData, VoucherAssignedData, VoucherExpiringData, VoucherRefundedData }
