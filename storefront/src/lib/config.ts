import "server-only"
import Medusa from "@medusajs/js-sdk"

/** Read at runtime (not NEXT_PUBLIC_*), so a new key needs a restart, not a rebuild. */
export const backendUrl = () => process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
export const publishableKey = () => process.env.MEDUSA_PUBLISHABLE_KEY || ""

let client: Medusa | undefined

/**
 * One js-sdk client per server process. Tokens are never stored in it ("nostore"):
 * each call passes the citizen's JWT from the request cookie, so requests of
 * different citizens never share credentials.
 */
export function sdk(): Medusa {
  client ??= new Medusa({
    baseUrl: backendUrl(),
    publishableKey: publishableKey(),
    auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
  })
  return client
}

export const PAGE_SIZE = 12
export const REGION_COUNTRY = "it"

/**
 * Stripe's publishable key (pk_…), read at runtime like the others. Without it the storefront
 * never loads Stripe's script and hides Stripe from the payment methods.
 */
export const stripePublishableKey = () => process.env.STRIPE_PUBLISHABLE_KEY || ""
