"use server"

import type { HttpTypes } from "@medusajs/types"
import { revalidateTag } from "next/cache"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { REGION_COUNTRY, sdk } from "../config"
import { authHeaders, getAuthToken, removeCartId } from "../cookies"
import { rethrow, toApiError } from "../errors"
import { ADDRESS_FIELDS, echo, requireFields, text } from "../forms"
import { requiresShipping, retrieveCart, retrievePaymentCart } from "../data/cart"
import { eligibleLines, isSpendable } from "../data/voucher-eligibility"
import { listVouchers, retrieveCartSplit } from "../data/vouchers"
import { storeFetch } from "../store-fetch"
import { retrieveCustomer } from "../data/customer"
import { isStripe, REQUIRES_MORE_ERROR, type SessionStatus } from "../payments"
import type { FormState } from "../types"

async function go(href: string): Promise<never> {
  return redirect({ href, locale: await getLocale() })
}

/**
 * The citizen's voucher comes first: when nothing is applied yet, the first spendable voucher
 * that may pay a line of the cart is applied, so the payment step opens with the split shown.
 * The citizen can still take it off there. A refusal here changes nothing and is not an error.
 */
async function preselectVoucher(cartId: string): Promise<void> {
  const [vouchers, cart, token] = await Promise.all([listVouchers(), retrieveCart(), getAuthToken()])
  if (!cart || !token || vouchers.length === 0) return
  const split = await retrieveCartSplit(cartId).catch(() => null)
  if (!split || split.vouchers.length > 0) return
  const eligible = await eligibleLines(cart, vouchers)
  const voucher = vouchers.find((v) => isSpendable(v) && (eligible[v.id] ?? []).length > 0)
  if (!voucher) return
  await storeFetch(`/store/carts/${cartId}/vouchers`, {
    method: "POST",
    token,
    locale: await getLocale(),
    body: { voucher_id: voucher.id },
  }).catch((error) => {
    if (toApiError(error).status >= 500) throw error
  })
}

/** Step 1: the billing address (also the shipping address when something must be shipped). */
export async function setAddressAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = echo(form, ADDRESS_FIELDS)
  const fieldErrors = requireFields(form, ADDRESS_FIELDS.filter((f) => f !== "phone"))
  if (text(form, "postal_code") && !/^\d{5}$/.test(text(form, "postal_code"))) fieldErrors.postal_code = "postal_code_invalid"
  if (Object.keys(fieldErrors).length > 0) return { fieldErrors, values }

  const [customer, cart] = await Promise.all([retrieveCustomer(), retrieveCart()])
  if (!customer) return { formError: "login_required", values }
  if (!cart?.items?.length) return { formError: "cart_empty", values }

  const headers = await authHeaders()
  const address: HttpTypes.StoreAddAddress = { ...values, country_code: REGION_COUNTRY }
  if (cart.customer_id !== customer.id) await sdk().store.cart.transferCart(cart.id, {}, headers).catch(rethrow)
  await sdk()
    .store.cart.update(
      cart.id,
      {
        email: customer.email,
        billing_address: address,
        ...(requiresShipping(cart) ? { shipping_address: address } : {}),
        // The order keeps the checkout's language: its e-mails are written in it.
        locale: await getLocale(),
      },
      { fields: "id" },
      headers
    )
    .catch(rethrow)
  // Remembered for the next checkout, so data already held is not asked again.
  if (!customer.addresses?.length) {
    await sdk().store.customer.createAddress({ ...address, is_default_billing: true }, { fields: "id" }, headers).catch(rethrow)
  }
  await preselectVoucher(cart.id)
  revalidateTag("cart")
  revalidateTag("vouchers")
  return go(requiresShipping(cart) ? "/checkout?step=spedizione" : "/checkout?step=pagamento")
}

/** Step 2 (only for carts that need shipping): the shipping option. */
export async function setShippingAction(_prev: FormState, form: FormData): Promise<FormState> {
  const optionId = text(form, "option_id")
  if (!optionId) return { fieldErrors: { option_id: "choose_one" } }
  const cart = await retrieveCart("id")
  if (!cart) return { formError: "cart_empty" }
  await sdk().store.cart.addShippingMethod(cart.id, { option_id: optionId }, { fields: "id" }, await authHeaders()).catch(rethrow)
  revalidateTag("cart")
  return go("/checkout?step=pagamento")
}

type Completion =
  | { kind: "order"; orderId: string }
  /** The bank wants the customer's confirmation (3-D Secure, an app): the order follows it. */
  | { kind: "action" }
  | { kind: "refused"; message?: string }

/** The statuses of the cart's payment sessions: "requires_more" waits for the customer, "error" was declined. */
async function sessionStatuses(cartId: string): Promise<string[]> {
  const { cart } = await sdk()
    .client.fetch<HttpTypes.StoreCartResponse>(`/store/carts/${cartId}`, {
      query: { fields: "id,*payment_collection.payment_sessions" },
      headers: await authHeaders(),
      cache: "no-store",
    })
    .catch(rethrow)
  return (cart.payment_collection?.payment_sessions ?? []).map((session) => session.status)
}

/**
 * Asks Medusa to complete the cart. The same call finds the order when the provider's
 * webhook completed the cart first, and answers 409 while another completion is running.
 * A payment that waits for the customer's action is not a refusal: Medusa words it as one
 * (its error type varies with where authorization stopped), the session's status tells.
 */
async function completeCart(cartId: string): Promise<Completion> {
  const headers = { ...(await authHeaders()), "accept-language": await getLocale() }
  let refusal: string | undefined
  try {
    const result = await sdk().store.cart.complete(cartId, {}, headers)
    if (result.type === "order") return { kind: "order", orderId: result.order.id }
    if (result.error?.type === REQUIRES_MORE_ERROR) return { kind: "action" }
  } catch (error) {
    const apiError = toApiError(error)
    if (apiError.status === 409) return { kind: "action" }
    if (apiError.status >= 500) throw apiError
    // The voucher checks (a voucher changed since it was applied...) answer in the page's language.
    refusal = apiError.message
  }
  const statuses = await sessionStatuses(cartId)
  if (statuses.includes("requires_more")) return { kind: "action" }
  // A declined card is said in the page's words; the voucher checks' refusals as they come.
  return { kind: "refused", message: statuses.includes("error") ? undefined : refusal }
}

/** The order exists: the cart is gone, and the pages that list orders and vouchers change. */
async function orderPlaced(orderId: string): Promise<string> {
  await removeCartId()
  revalidateTag("cart")
  revalidateTag("orders")
  revalidateTag("vouchers")
  return `/ordini/${orderId}/conferma`
}

const waitingPage = (cartId: string) => `/checkout/conferma-pagamento?cart=${encodeURIComponent(cartId)}`

/**
 * Last step: pays what the vouchers leave with the chosen provider and completes the
 * cart into an order. When vouchers cover everything there is nothing to pay by card.
 * Stripe's card is confirmed in the browser first (the payment step then shows Stripe's
 * form for the new session); a provider that needs the customer's action sends the
 * citizen to the page that waits for the bank.
 */
export async function placeOrderAction(_prev: FormState, form: FormData): Promise<FormState> {
  const providerId = text(form, "provider_id")
  const [customer, cart] = await Promise.all([retrieveCustomer(), retrieveCart()])
  if (!customer) return { formError: "login_required" }
  if (!cart?.items?.length) return { formError: "cart_empty" }
  const cardTotal = cart.total ?? 0
  if (cardTotal > 0 && !providerId) return { fieldErrors: { provider_id: "choose_one" } }

  if (cardTotal > 0) {
    const headers = { ...(await authHeaders()), "accept-language": await getLocale() }
    try {
      await sdk().store.payment.initiatePaymentSession(cart, { provider_id: providerId }, {}, headers)
    } catch (error) {
      const apiError = toApiError(error)
      if (apiError.status >= 500) throw apiError
      return { formError: "payment_failed", message: apiError.message }
    }
    if (isStripe(providerId)) {
      revalidateTag("cart")
      return go("/checkout?step=pagamento")
    }
  }
  const completion = await completeCart(cart.id)
  if (completion.kind === "refused") return { formError: "payment_failed", message: completion.message }
  if (completion.kind === "action") return go(waitingPage(cart.id))
  return go(await orderPlaced(completion.orderId))
}

/** Where a cart being paid stands, for the page that waits for the bank. */
export type PaymentProgress =
  | { state: "order"; href: string }
  | { state: "waiting" }
  | { state: "failed"; message?: string }

/**
 * Polled by the waiting page: reads the cart (cheap, holds nothing) and completes it only once
 * it is complete already (the webhook was first: this finds its order) or its payment is
 * authorized (the store route is first). A refused or cancelled payment ends the wait.
 */
export async function checkPaymentAction(cartId: string): Promise<PaymentProgress> {
  const customer = await retrieveCustomer()
  const cart = customer ? await retrievePaymentCart(cartId, customer.id) : null
  if (!cart) return { state: "failed" }
  const sessions = cart.payment_collection?.payment_sessions ?? []
  const statuses = sessions.map((session) => session.status as SessionStatus)
  if (!cart.completed_at && !statuses.includes("authorized")) {
    return statuses.length > 0 && statuses.every((s) => s === "error" || s === "canceled") ? { state: "failed" } : { state: "waiting" }
  }
  return finishPaymentAction(cartId)
}

/**
 * Tries to complete the cart now: after the return from Stripe (3-D Secure included), or when
 * the citizen says the bank confirmed. Whichever completion comes first makes the order.
 */
export async function finishPaymentAction(cartId: string): Promise<PaymentProgress> {
  const customer = await retrieveCustomer()
  if (!customer || !(await retrievePaymentCart(cartId, customer.id))) return { state: "failed" }
  const completion = await completeCart(cartId)
  if (completion.kind === "order") return { state: "order", href: await orderPlaced(completion.orderId) }
  if (completion.kind === "action") return { state: "waiting" }
  return { state: "failed", message: completion.message }
}
