import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { VOUCHER_EVENTS } from "@tradatewelfare/municipal-voucher/types"
import { STOREFRONT_PATHS, storefrontLink } from "../lib/links"
import { customerRecipient, vouchersByIds } from "../lib/readers"
import { sendEmail } from "../lib/send-email"
import { EMAIL_TEMPLATES } from "../lib/templates"

/** The 30- and 7-day reminder of a voucher with value left, once per threshold. */
export default async function voucherExpiring({
  event,
  container,
}: SubscriberArgs<{ id: string; threshold: number; days_left: number }>) {
  const [voucher] = await vouchersByIds(container, [event.data.id])
  const customer = voucher && (await customerRecipient(container, voucher.customer_id))
  if (!voucher || !customer || voucher.balance <= 0) {
    return
  }
  await sendEmail(container, {
    to: customer.email,
    template: EMAIL_TEMPLATES.VOUCHER_EXPIRING,
    locale: customer.locale,
    idempotency_key: `voucher-expiring:${voucher.id}:${event.data.threshold}`,
    resource_id: voucher.id,
    resource_type: "voucher",
    data: {
      first_name: customer.first_name,
      scheme: voucher.scheme.name,
      balance: voucher.balance,
      currency_code: voucher.currency_code,
      valid_until: voucher.valid_until,
      days_left: event.data.days_left,
      wallet_url: storefrontLink(customer.locale, STOREFRONT_PATHS.wallet),
    },
  })
}

export const config: SubscriberConfig = {
  event: VOUCHER_EVENTS.EXPIRING,
}
