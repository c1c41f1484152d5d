import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { STOREFRONT_PATHS, storefrontLink } from "../lib/links"
import { customerRecipient } from "../lib/readers"
import { sendEmail } from "../lib/send-email"
import { EMAIL_TEMPLATES } from "../lib/templates"

/** The welcome e-mail when a citizen registers (guests without an account get none). */
export default async function customerCreatedWelcome({ event, container }: SubscriberArgs<{ id: string }>) {
  const customer = await customerRecipient(container, event.data.id)
  if (!customer?.has_account) {
    return
  }
  await sendEmail(container, {
    to: customer.email,
    template: EMAIL_TEMPLATES.CUSTOMER_WELCOME,
    locale: customer.locale,
    idempotency_key: `customer-welcome:${customer.id}`,
    resource_id: customer.id,
    resource_type: "customer",
    data: { first_name: customer.first_name, account_url: storefrontLink(customer.locale, STOREFRONT_PATHS.account) },
  })
}

export const config: SubscriberConfig = {
  event: "customer.created",
}
