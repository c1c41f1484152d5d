import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk, stripePublishableKey } from "../config"
import { authHeaders, getCartId } from "../cookies"
import { rethrow, toApiError } from "../errors"
import { isStripe, isVoucherProvider } from "../payments"
import type { Cart } from "../types"

const CART_FIELDS =
  "*items,*items.variant,*credit_lines,*items.product,+items.total,+items.requires_shipping,*shipping_methods,*payment_collection,*payment_collection.payment_sessions,+billing_address.*,+shipping_address.*"

/** The visitor's open cart, or null when there is none (no cookie, or the cart is gone or completed). */
export async function retrieveCart(fields = CART_FIELDS): Promise<Cart | null> {
  const id = await getCartId()
  if (!id) return null
  try {
    const { cart } = await sdk().client.fetch<HttpTypes.StoreCartResponse>(`/store/carts/${id}`, {
      query: { fields },
      headers: await authHeaders(),
      cache: "no-store",
    })
    return cart.completed_at ? null : cart
  } catch (error) {
    const apiError = toApiError(error)
    if (apiError.status === 404) return null
    throw apiError
  }
}

const PAYMENT_FIELDS =
  "+customer_id,+completed_at,*payment_collection,*payment_collection.payment_sessions"

/**
 * A cart by id, completed or not, with its payment sessions: the payment pages follow a cart
 * while the customer confirms with the bank, when its cookie may already be gone.
 * Only the cart's owner sees it; anything else is null.
 */
export async function retrievePaymentCart(id: string, customerId: string): Promise<Cart | null> {
  try {
    const { cart } = await sdk().client.fetch<HttpTypes.StoreCartResponse>(`/store/carts/${id}`, {
      query: { fields: PAYMENT_FIELDS },
      headers: await authHeaders(),
      cache: "no-store",
    })
    return cart.customer_id === customerId ? cart : null
  } catch (error) {
    const apiError = toApiError(error)
    if (apiError.status === 404 || apiError.status === 400) return null
    throw apiError
  }
}

/** The number of items in the cart, for the header. */
export async function cartItemCount(): Promise<number> {
  const cart = await retrieveCart("id,completed_at,items.quantity")
  return cart?.items?.reduce((sum, item) => sum + item.quantity, 0) ?? 0
}

/** Whether any line needs to be shipped (most welfare services do not). */
export const requiresShipping = (cart: Cart) => Boolean(cart.items?.some((item) => item.requires_shipping))

export async function listShippingOptions(cartId: string): Promise<HttpTypes.StoreCartShippingOption[]> {
  const { shipping_options } = await sdk()
    .store.fulfillment.listCartOptions({ cart_id: cartId }, await authHeaders())
    .catch(rethrow)
  return shipping_options
}

/**
 * The ways to pay what the vouchers leave: card (Stripe) or, in the demo, the system provider.
 * Stripe is offered only when the storefront has its publishable key to show Stripe's form.
 */
export async function listPaymentProviders(regionId: string): Promise<HttpTypes.StorePaymentProvider[]> {
  const { payment_providers } = await sdk()
    .store.payment.listPaymentProviders({ region_id: regionId }, await authHeaders())
    .catch(rethrow)
  const stripeReady = Boolean(stripePublishableKey())
  return payment_providers.filter((provider) => !isVoucherProvider(provider.id) && (stripeReady || !isStripe(provider.id)))
}
