import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { Cart, CartSplit, Customer, WalletVoucher } from "../types"
import { listPaymentProviders, listShippingOptions, requiresShipping, retrieveCart } from "./cart"
import { retrieveCustomer } from "./customer"
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
  return { kind: "ready", step, steps, cart, customer, shippingOptions, providers, vouchers, split }
}
