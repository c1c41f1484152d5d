import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { EmailLocale } from "./locale"
import { EmailData, EmailTemplate, renderTemplate } from "./templates"

export type SendEmailInput<K extends EmailTemplate> = {
  to: string
  template: K
  data: EmailData[K]
  locale: EmailLocale
  /** the same key twice sends once (Medusa's notification module keeps the key) */
  idempotency_key: string
  resource_id?: string
  resource_type?: string
}

/**
 * Renders the e-mail here and hands the notification module the finished content, so any
 * provider on the `email` channel (SMTP in production, the local one that logs) sends the same words.
 */
export async function sendEmail<K extends EmailTemplate>(container: MedusaContainer, input: SendEmailInput<K>) {
  const notifications = container.resolve(Modules.NOTIFICATION)
  const content = renderTemplate(input.template, input.data, input.locale)
  return notifications.createNotifications({
    to: input.to,
    channel: "email",
    template: input.template,
    data: { ...input.data, locale: input.locale } as Record<string, unknown>,
    content,
    idempotency_key: input.idempotency_key,
    ...(input.resource_id && { resource_id: input.resource_id }),
    ...(input.resource_type && { resource_type: input.resource_type }),
  })
}
