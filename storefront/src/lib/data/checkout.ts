import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { getLocale } from "next-intl/server"
import { getPathname } from "@/i18n/navigation"
import { stripePublishableKey } from "../config"
import { isStripe } from "../payments"
import type { Cart, CartSplit, Customer, WalletVoucher } from "../types"
import { listPaymentProviders, listShippingOptions, requiresShipping, retrieveCart, retrievePaymentCart } from "./cart"
import { retrieveCustomer } from "./customer"
import { eligibleLines } from "./voucher-eligibility"
import { listVouchers, retrieveCartSplit } from "./vouchers"

export type CheckoutStep = "indirizzo" | "spedizione" | "pagamento"

export type CheckoutState =
  | { kind: "empty" }
  | { kind: "login"; cart: Cart }
  | {
      kind: "ready"
      step: CheckoutStep
      steps: CheckoutStep[]
      cart: Cart
      customer: Customer
      shippingOptions: HttpTypes.StoreCartShippingOption[]
      providers: HttpTypes.StorePaymentProvider[]
      /** The citizen's vouchers and how the cart is split between them and the card (payment step only) */
      vouchers: WalletVoucher[]
      split: CartSplit | null
      /** voucher id → titles of the cart lines it may pay */
      eligible: Record<string, string[]>
      /** A Stripe session waiting for the card: the payment step shows Stripe's form for it */
      stripe: StripeStep | null
    }

export type StripeStep = { publishableKey: string; clientSecret: string; returnPath: string }

export const paymentWaitHref = (cartId: string) => ({ pathname: "/checkout/conferma-pagamento", query: { cart: cartId } })

/** The cart's Stripe session still to confirm, when the storefront has Stripe's key. */
async function pendingStripeStep(cart: Cart): Promise<StripeStep | null> {
  const publishableKey = stripePublishableKey()
  const session = cart.payment_collection?.payment_sessions?.find(
    (s) => isStripe(s.provider_id) && (s.status === "pending" || s.status === "requires_more")
  )
  const clientSecret = session?.data?.client_secret
  if (!publishableKey || typeof clientSecret !== "string") return null
  return { publishableKey, clientSecret, returnPath: getPathname({ href: paymentWaitHref(cart.id), locale: await getLocale() }) }
}

/**
 * What the checkout can show: a citizen must be logged in to pay, and a step is
 * only reachable once the previous ones are done (the shipping step exists only
 * when something in the cart must be shipped).
 */
export async function loadCheckout(requested: string | undefined): Promise<CheckoutState> {
  const [cart, customer] = await Promise.all([retrieveCart(), retrieveCustomer()])
  if (!cart?.items?.length) return { kind: "empty" }
  if (!customer) return { kind: "login", cart }

  const shipping = requiresShipping(cart)
  const steps: CheckoutStep[] = shipping ? ["indirizzo", "spedizione", "pagamento"] : ["indirizzo", "pagamento"]
  const done: Record<CheckoutStep, boolean> = {
    indirizzo: Boolean(cart.billing_address?.address_1),
    spedizione: !shipping || Boolean(cart.shipping_methods?.length),
    pagamento: false,
  }
  const firstOpen = steps.find((s) => !done[s]) ?? "pagamento"
  const wanted = steps.includes(requested as CheckoutStep) ? (requested as CheckoutStep) : firstOpen
  const step = steps.indexOf(wanted) <= steps.indexOf(firstOpen) ? wanted : firstOpen

  const paying = step === "pagamento"
  const [shippingOptions, providers, vouchers] = await Promise.all([
    step === "spedizione" ? listShippingOptions(cart.id) : [],
    paying ? listPaymentProviders(cart.region_id ?? "") : [],
    paying ? listVouchers() : [],
  ])
  // The backend shows the split only to the cart's owner (the address step hands the cart over).
  const split = vouchers.length > 0 && cart.customer_id === customer.id ? await retrieveCartSplit(cart.id) : null
  const stripe = paying ? await pendingStripeStep(cart) : null
  const eligible = await eligibleLines(cart, vouchers)
  return { kind: "ready", step, steps, cart, customer, shippingOptions, providers, vouchers, split, eligible, stripe }
}

export type PaymentWaitState =
  | { kind: "login" }
  | { kind: "unknown" }
  | { kind: "waiting"; cartId: string; amount: number; currency: string; providerId: string | null }

/** The cart whose payment the citizen is confirming with the bank (only the owner's). */
export async function loadPaymentWait(cartId: string | undefined): Promise<PaymentWaitState> {
  const customer = await retrieveCustomer()
  if (!customer) return { kind: "login" }
  const cart = cartId ? await retrievePaymentCart(cartId, customer.id) : null
  if (!cart) return { kind: "unknown" }
  const session = cart.payment_collection?.payment_sessions?.[0]
  return {
    kind: "waiting",
    cartId: cart.id,
    amount: session?.amount ?? cart.total,
    currency: cart.currency_code,
    providerId: session?.provider_id ?? null,
  }
}
