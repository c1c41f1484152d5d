import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { EmailLocale, emailLocale } from "./locale"

export type Recipient = { id: string; email: string; first_name: string | null; locale: EmailLocale; has_account: boolean }

type CustomerRow = {
  id: string
  email?: string | null
  first_name?: string | null
  has_account?: boolean
  metadata?: Record<string, unknown> | null
}

/** A customer as a recipient: their e-mail, first name and language (metadata.locale, else Italian). */
export async function customerRecipient(container: MedusaContainer, customerId: string): Promise<Recipient | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name", "has_account", "metadata"],
    filters: { id: customerId },
  })
  const customer = data[0] as CustomerRow | undefined
  if (!customer?.email) {
    return null
  }
  return {
    id: customer.id,
    email: customer.email,
    first_name: customer.first_name ?? null,
    locale: emailLocale(customer.metadata?.locale),
    has_account: !!customer.has_account,
  }
}

export type VoucherRow = {
  id: string
  customer_id: string
  amount_granted: number
  balance: number
  currency_code: string
  valid_until: string
  scheme: { name: string }
}

/** Vouchers as the municipal-voucher plugin exposes them to Query. */
export async function vouchersByIds(container: MedusaContainer, ids: string[]): Promise<VoucherRow[]> {
  if (!ids.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "voucher",
    fields: ["id", "customer_id", "amount_granted", "balance", "currency_code", "valid_until", "scheme.name"],
    filters: { id: ids },
  })
  return (data as VoucherRow[]).map((v) => ({ ...v, amount_granted: Number(v.amount_granted), balance: Number(v.balance) }))
}

export type OrderRow = {
  id: string
  display_id: number
  email: string | null
  locale?: string | null
  currency_code: string
  total: number
  customer_id: string | null
  customer?: { first_name?: string | null; metadata?: Record<string, unknown> | null } | null
}

/** The order fields every order e-mail needs. */
export const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "locale",
  "currency_code",
  "total",
  "customer_id",
  "customer.first_name",
  "customer.metadata",
]

/** The language of an order's e-mails: the order's, else the customer's, else Italian. */
export function orderLocale(order: OrderRow): EmailLocale {
  return emailLocale(order.locale, order.customer?.metadata?.locale)
}
