import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { emailLocale } from "../lib/locale"
import { STOREFRONT_PATHS, storefrontLink } from "../lib/links"
import { sendEmail } from "../lib/send-email"
import { EMAIL_TEMPLATES } from "../lib/templates"

/** Medusa's reset token lives this long (generateResetPasswordTokenWorkflow: 15 minutes). */
const RESET_TOKEN_MINUTES = 15

type PasswordResetEvent = { entity_id: string; actor_type: string; token: string; metadata?: Record<string, unknown> }

/**
 * The citizen's reset link, to the storefront's reset page with the token and the e-mail.
 * Medusa emits the event only for an identity that exists; the storefront answers the
 * same either way. Operators reset theirs through the admin dashboard, not here.
 */
export default async function passwordResetLink({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  const { entity_id: email, actor_type, token, metadata } = event.data
  if (actor_type !== "customer" || !email || !token) {
    return
  }
  const locale = emailLocale(metadata?.locale)
  await sendEmail(container, {
    to: email,
    template: EMAIL_TEMPLATES.PASSWORD_RESET,
    locale,
    // Each request has its own token: a new request is a new e-mail, a redelivered event is not.
    idempotency_key: `password-reset:${token.split(".").pop()}`,
    data: {
      reset_url: storefrontLink(locale, STOREFRONT_PATHS.resetPassword, { token, email }),
      valid_minutes: RESET_TOKEN_MINUTES,
    },
  })
}

export const config: SubscriberConfig = {
  event: "auth.password_reset",
}
