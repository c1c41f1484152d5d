import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { VOUCHER_EVENTS } from "@tradatewelfare/municipal-voucher/types"
import { STOREFRONT_PATHS, storefrontLink } from "../lib/links"
import { customerRecipient, vouchersByIds } from "../lib/readers"
import { sendEmail } from "../lib/send-email"
import { EMAIL_TEMPLATES } from "../lib/templates"

/** Tells the citizen a voucher was assigned to them: scheme, amount, until when. */
export default async function voucherAssigned({ event, container }: SubscriberArgs<{ id: string }>) {
  const [voucher] = await vouchersByIds(container, [event.data.id])
  const customer = voucher && (await customerRecipient(container, voucher.customer_id))
  if (!voucher || !customer) {
    return
  }
  await sendEmail(container, {
    to: customer.email,
    template: EMAIL_TEMPLATES.VOUCHER_ASSIGNED,
    locale: customer.locale,
    idempotency_key: `voucher-assigned:${voucher.id}`,
    resource_id: voucher.id,
    resource_type: "voucher",
    data: {
      first_name: customer.first_name,
      scheme: voucher.scheme.name,
      amount: voucher.amount_granted,
      currency_code: voucher.currency_code,
      valid_until: voucher.valid_until,
      wallet_url: storefrontLink(customer.locale, STOREFRONT_PATHS.wallet),
    },
  })
}

export const config: SubscriberConfig = {
  event: VOUCHER_EVENTS.ASSIGNED,
}
