import { VOUCHER_PROVIDER_ID } from "@tradatewelfare/municipal-voucher/types"

/**
 * Payment providers the storefront treats specially. Shared by server and client code.
 * Municipal vouchers are applied to the cart on their own (as credit lines), never picked as "the" payment.
 */
export const isVoucherProvider = (providerId: string) => providerId === VOUCHER_PROVIDER_ID
/** Medusa's Stripe provider (`pp_stripe_stripe` and its variants): the browser confirms with Stripe's Payment Element. */
export const STRIPE_PROVIDER = /^pp_stripe/

export const isStripe = (providerId: string | undefined | null) => Boolean(providerId && STRIPE_PROVIDER.test(providerId))

/** Medusa's error types of a completion that is waiting for the customer (3-D Secure, a bank app...). */
export const REQUIRES_MORE_ERROR = "payment_requires_more_error"

/** A payment session's state as Medusa reports it. */
export type SessionStatus = "pending" | "requires_more" | "authorized" | "captured" | "error" | "canceled"
